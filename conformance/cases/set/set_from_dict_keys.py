d = {"b": 1, "a": 2, "c": 3}
print(sorted(set(d)))
print(sorted(set(d.keys())), sorted(set(d.values())))
print(sorted(set(d.items())))
print(set(d) == {"a", "b", "c"})
print(sorted(frozenset({1: "x", 2: "y"})))
print(set({}))
