# zip() stops at the shortest iterable.
print(list(zip([1, 2, 3], 'ab')))
print(list(zip('abc', range(10), [True, False, None])))
print(list(zip()), list(zip([1])))
print(list(zip([], [1, 2])))
it = iter([1, 2, 3, 4])
print(list(zip(it, 'x')), next(it))
print(dict(zip('abc', range(3))))
print(list(zip(*[(1, 'a'), (2, 'b')])))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
