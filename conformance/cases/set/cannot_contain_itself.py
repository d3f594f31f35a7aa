s = {1, 2}
try:
    s.add(s)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(s))
try:
    s2 = {1}
    s2 |= {frozenset(s2)}
    print(sorted(len(x) if isinstance(x, frozenset) else x for x in s2))
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset({1})
g = frozenset({f})
print(f in g, g in {g}, g)
try:
    {s}
except TypeError as e:
    print(type(e).__name__, e)
