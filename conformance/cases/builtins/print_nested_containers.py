# requires: float
print([1, [2, [3, [4]]]])
print({"a": [1, (2, 3)], "b": {"c": None}})
print(((1,), [()], {}))
print([{}, [], ()])
print([1.5, "s", True, None])
print([[1, 2], [3, 4]], (5, 6), {7: 8})
