# In-place operators and update methods whose argument is the set itself.
s = {1, 2, 3}
s |= s
print(sorted(s))
s &= s
print(sorted(s))
s ^= s
print(sorted(s))
s = {1, 2, 3}
s -= s
print(sorted(s))
s = {4, 5}
s.update(s, s)
print(sorted(s))
s.intersection_update(s)
print(sorted(s))
s.symmetric_difference_update(s)
print(sorted(s))
s = {6, 7}
s.difference_update(s)
print(sorted(s))
t = {1, 2}
print(sorted(t | t), sorted(t & t), sorted(t - t), sorted(t ^ t))
print(t <= t, t < t, t.issubset(t), t.isdisjoint(t), set().isdisjoint(set()))
f = frozenset({8, 9})
g = f
f |= f
print(sorted(f), f == g)
