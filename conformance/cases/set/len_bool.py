print(len(set()), bool(set()), bool(frozenset()))
print(len({1, 1, 1}), bool({0}), bool({None}))
s = set()
if not s:
    print("empty")
s.add(0)
if s:
    print("non-empty", len(s))
print(len(frozenset(range(50))))
print(len(set("mississippi")))
print(len({(), (), ""}))
