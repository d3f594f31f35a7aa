# Star unpacking in list/tuple/set/dict displays and calls, including overriding dict keys.
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, 5), {*a, *a}, [*"hi", *range(2)], [*[], *()])
d1, d2 = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"y": 0, **d1}, {**d1, "y": 0}, {**{}})
print(*a, *b, sep=",")
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, 0, *b), f(**d1, w=3), f(*a, **d2))
try:
    f(**d1, **{"x": 5})
except TypeError as e:
    print(type(e).__name__, e)
first, *mid, last = range(6)
print(first, mid, last)
*head, = "abc"
print(head)
(p, q), *r = [(1, 2), 3, 4]
print(p, q, r)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(*(x * x for x in range(4)))
