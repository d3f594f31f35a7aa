a = ["a", "b", "c", "d", "e"]
a[-2] = "D"
print(a)
del a[-5]
print(a)
del a[-1]
print(a)
a[-len(a)] = "first"
print(a)
