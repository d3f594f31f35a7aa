# requires: float
print(sorted([3, 1, 2]))
print(sorted("banana"))
print(sorted([3, 1, 2], reverse=True))
print(sorted([]))
print(sorted([1.5, 1, True, 0]))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted({"b": 1, "a": 2}))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
