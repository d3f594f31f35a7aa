s = {1, 2}
alias = s
s |= {3}
print(sorted(s), s is alias)
s &= {2, 3, 4}
print(sorted(s), s is alias)
s -= {2}
print(sorted(s), s is alias)
s ^= {3, 9}
print(sorted(s), s is alias)
s |= frozenset({7})
print(sorted(s), s is alias)
f = frozenset({1})
g = f
f |= {2}
print(sorted(f), f is g, sorted(g), type(f).__name__)
f -= {1}
print(sorted(f), type(f).__name__)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(s))
