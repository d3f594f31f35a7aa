print("a", "b", sep=None)
print("a", "b", end=None)
print("c")
