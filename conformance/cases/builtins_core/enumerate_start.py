# enumerate() with a start value.
print(list(enumerate('abc')))
print(list(enumerate('abc', 1)))
print(list(enumerate('ab', start=-2)))
print(list(enumerate([], 5)))
e = enumerate(['x', 'y'], 10)
print(next(e), next(e), next(e, 'done'))
print(dict(enumerate('hi', 100)))
for i, c in enumerate(range(3), start=1):
    print(i, c)
try:
    enumerate('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
