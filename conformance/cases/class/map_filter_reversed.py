print(list(map(lambda x: x * 2, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])))
print(list(map(str, range(3))), list(map(lambda a, b: a + b, 'ab', 'xyz')))
print(list(filter(None, [0, 1, '', 'a', None, 2])), list(filter(lambda x: x % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(list(reversed(range(10, 0, -2))), type(map(str, [])).__name__, type(filter(None, [])).__name__)
for bad in [lambda: map(str), lambda: reversed(5), lambda: filter(None, 5), lambda: map(str, 5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
m = map(lambda x: 1 // x, [1, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
