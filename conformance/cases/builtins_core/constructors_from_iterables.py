# list(), tuple() and dict() built from iterables and keyword arguments.
print(list(), list('abc'), list(range(3)), list((1, 2)))
print(list({'a': 1, 'b': 2}), list(x for x in 'hi'))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(2)))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2])
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]))
print(dict({'a': 1}, b=2), dict([('a', 1)], a=9), dict(zip('ab', [1, 2])))
print(dict([[1, 2], 'xy']))
for bad in [lambda: list(5), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: tuple(None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
