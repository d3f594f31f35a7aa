# requires: float
a = (1, (2, [3]))
b = (1, (2, [3]))
print(a == b)
print(a[1][1] == [3])
a[1][1].append(4)
print(a)
print(a == b)
print((1.0, True) == (1, 1))
