a = [1, 2, 3]
b = a
b[0] = 99
print(a)
c = a[:]
c[1] = 0
print(a, c)
a += [4]
print(b)
a = a + [5]
print(a, b)
print(a is b)
