# Slice assignment whose right side is the list itself or a slice of it copies first.
a = [1, 2, 3, 4]
a[:] = a
print(a)
a[::-1] = a
print(a)
a[1:1] = a
print(a)
b = [1, 2, 3, 4, 5, 6]
b[::2] = b[1::2]
print(b)
b[:3] = b[3:]
print(b)
b[2:] = b
print(b)
c = [0, 1, 2]
c[1:2] = c
print(c)
c[len(c):] = c
print(c)
d = [1, 2, 3]
d[:2] = d[::-1]
print(d)
e = [[1], [2]]
e[:1] = e
e[0].append(9)
print(e)
f = list("abcdef")
f[::-2] = f[::2]
print(f)
f[1::2], f[::2] = f[::2], f[1::2]
print(f)
