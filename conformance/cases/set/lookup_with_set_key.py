# A (mutable, unhashable) set used as a lookup key into a set of frozensets is matched as a frozenset.
s = {frozenset({1, 2}), frozenset({3}), frozenset()}
print({1, 2} in s, {2, 1} in s, {3} in s, set() in s, {4} in s, {1} not in s)
s.remove({3})
print(sorted(sorted(x) for x in s))
s.discard({1, 2})
s.discard({99})
print(sorted(sorted(x) for x in s))
try:
    s.remove({5})
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add({7})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in s)
except TypeError as e:
    print(type(e).__name__, e)
d = {frozenset("ab"): "found"}
try:
    print(d[{"a", "b"}])
except TypeError as e:
    print(type(e).__name__, e)
print(d[frozenset("ba")])
