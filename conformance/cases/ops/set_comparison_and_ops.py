# Set comparison operators mean subset/superset, and set operators mix set and frozenset.
a, b, c = {1, 2}, {1, 2, 3}, frozenset({1, 2})
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == c, c == a, a != b)
print({1} < {2}, {1} > {2}, {1} <= {2}, {1, 2} == {2, 1}, set() < {0}, set() == frozenset())
print(sorted(a | b), sorted(b - a), sorted(a & b), sorted(a ^ {2, 5}))
print(type(a | c).__name__, type(c | a).__name__, type(c & a).__name__, type(c - a).__name__)
s = {1}
s |= {2}
s &= {2, 3}
s ^= {4}
s -= {9}
print(sorted(s))
fz = frozenset([1])
orig = fz
fz |= {2}
print(sorted(fz), fz is orig, sorted(orig))
for f in [lambda: {1} | [2], lambda: {1} < [1, 2], lambda: {1} - None]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
def ior_list():
    t = {1}
    t |= [2]
try:
    ior_list()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({1, 2}.union([3], (4,))), {1, 2}.issubset([1, 2, 3]), {1, 2}.isdisjoint("ab"))
print(sorted(d for d in {1: 2}.keys() | {3}), {1: 2}.keys() - {1}, {1: 2}.keys() == {1})
