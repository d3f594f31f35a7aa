print(", ".join(["a", "b", "c"]))
print("".join(["x", "y"]))
print("-".join("abc"))
print("+".join([]))
print(" ".join(("one",)))
print("ab".join(["1", "2", "3"]))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
