# set/frozenset methods and constructors report wrong argument counts and non-iterables.
s = {1, 2}
calls = [
    lambda: s.add(), lambda: s.add(1, 2), lambda: s.remove(), lambda: s.discard(),
    lambda: s.union(5), lambda: s.intersection(None), lambda: s.difference([1], 2),
    lambda: s.symmetric_difference(), lambda: s.symmetric_difference([1], [2]),
    lambda: s.issubset(3), lambda: s.issuperset(), lambda: s.isdisjoint(None),
    lambda: s.update(1), lambda: s.intersection_update(2.5), lambda: s.pop(1),
    lambda: s.clear(1), lambda: s.copy(0), lambda: set(5), lambda: set(1, 2),
    lambda: frozenset(1, 2), lambda: frozenset(None), lambda: set(x=1),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(s))
