d = {"a": 1, 2: "b", None: 0}
print("a" in d)
print(1 in d)
print(2 in d)
print("b" in d)
print(None in d)
print("z" not in d)
print("a" not in d)
try:
    print([1] in d)
except TypeError as e:
    print(type(e).__name__, e)
