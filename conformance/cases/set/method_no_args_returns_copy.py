s = {1, 2, 3}
for name in ("union", "intersection", "difference", "copy"):
    r = getattr(s, name)()
    print(name, sorted(r), r == s, r is s, type(r).__name__)
r = s.union()
r.add(4)
print(sorted(s), sorted(r))
f = frozenset({1, 2})
print(f.union() == f, type(f.union()).__name__)
print(sorted(set.union(s)), sorted(set.intersection(s)))
try:
    set.intersection()
except TypeError as e:
    print(type(e).__name__, e)
try:
    set.difference()
except TypeError as e:
    print(type(e).__name__, e)
