# Mutating set methods return None; the non-mutating methods return new sets.
s = {1, 2, 3}
print(s.add(4), s.discard(9), s.remove(4), s.update([5]), s.clear())
s = {1, 2, 3}
print(s.intersection_update({1, 2}), s.difference_update({1}), s.symmetric_difference_update({7}))
print(sorted(s))
u = s.union()
print(u == s, u is s, sorted(u))
for name in ["union", "intersection", "difference", "symmetric_difference", "copy"]:
    args = () if name == "copy" else ({2},)
    r = getattr(s, name)(*args)
    print(name, type(r).__name__, r is s, sorted(r))
f = frozenset({1, 2})
for name in ["union", "intersection", "difference", "symmetric_difference"]:
    r = getattr(f, name)({2, 3})
    print(name, type(r).__name__, sorted(r))
print(sorted(f), hasattr(f, "add"), hasattr(f, "update"), hasattr(f, "copy"))
r = (s := {5}).add(6)
print(r, sorted(s))
