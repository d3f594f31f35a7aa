s = {1, 2}
f = frozenset({2, 3})
for label, r in [("s|f", s | f), ("f|s", f | s), ("s&f", s & f), ("f&s", f & s),
                 ("s-f", s - f), ("f-s", f - s), ("s^f", s ^ f), ("f^s", f ^ s)]:
    print(label, type(r).__name__, sorted(r))
print(type(s.union(f)).__name__, type(f.union(s)).__name__)
print(type(f.copy()).__name__, type(s.copy()).__name__)
print(s == f, s == {1, 2}, f == {2, 3})
