s = {1, 2, 3}
print(s.isdisjoint({4, 5}), s.isdisjoint({3}))
print(s.isdisjoint([]), set().isdisjoint(set()))
print(s.isdisjoint(range(4, 10)), s.isdisjoint(range(3, 10)))
print(s.isdisjoint(x for x in "abc"))
print(frozenset("ab").isdisjoint("cd"), frozenset("ab").isdisjoint("bc"))
try:
    s.isdisjoint(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.isdisjoint()
except TypeError as e:
    print(type(e).__name__, e)
