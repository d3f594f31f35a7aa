a = [1]
a.append(a)
print(a == a)
print(a in a)
print(len(a[1][1][1]))
b = [1, 2]
print(b == b[:], b is not b[:])
