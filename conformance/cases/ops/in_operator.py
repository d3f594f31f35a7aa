print(2 in [1, 2, 3])
print(2 in (1, 2))
print("b" in "abc")
print("k" in {"k": 1})
print(1 in {"k": 1})
print(4 not in [1, 2])
print("ab" in ["a", "b"])
print([1] in [[1], [2]])
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" in None)
except TypeError as e:
    print(type(e).__name__, e)
