a = [[1], [2]]
b = a[:]
b[0] = "replaced"
print(a, b)
c = a[:]
c[1].append(20)
print(a, c)
d = a[::-1]
print(d)
d[0][0] = 99
print(a)
