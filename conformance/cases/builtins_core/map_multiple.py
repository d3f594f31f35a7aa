# map() with one and several iterables.
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(map(lambda a, b, c: a * b * c, [1, 2], [3, 4], [5, 6])))
print(list(map(pow, [2, 3, 4], [1, 2])))
print(list(map(max, 'abc', 'xbz', 'aaa')))
m = map(len, ['a', 'bb'])
print(next(m), next(m), next(m, 'done'))
print(list(map(int, [])))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
