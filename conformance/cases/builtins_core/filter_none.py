# filter(None, ...) keeps truthy items; filter(f, ...) keeps those f accepts.
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, 'a1b2c3')))
print(list(filter(None, ())))
f = filter(None, [0, 5, 0, 6])
print(next(f), next(f), next(f, 'done'))
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
