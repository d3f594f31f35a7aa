s = {1, 2}
r = s.union([3], (4, 4), range(5, 7), {7}, frozenset({8}))
print(sorted(r), sorted(s), r is s)
print(sorted(s.union()), s.union() is s)
print(sorted(frozenset([1]).union([2])), type(frozenset([1]).union([2])).__name__)
print(sorted(set.union({1}, {2}, {3})))
print(sorted({1}.union("ab"), key=str))
try:
    set.union()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.union(1)
except TypeError as e:
    print(type(e).__name__, e)
