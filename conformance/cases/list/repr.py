# requires: float
print([])
print([1])
print([1, 2, 3])
print(["a", 1, 2.5, None, True])
print([[], [[]]])
print(repr([1, "x"]))
print(str([(1, 2), {"a": 1}]))
print(type([]))
