# Slice assignment keeps the list's identity and element identity; slices are new lists.
a = [[1], [2], [3]]
ref = a
inner = a[0]
a[1:] = a[:1] * 2
print(a, a is ref, a[1] is inner, a[2] is inner)
b = a[:]
print(b == a, b is a, b[0] is a[0])
a[:] = []
print(ref, b)
c = list(range(5))
view = c[1:4]
c[1:4] = ["x"]
print(c, view)
d = [0] * 3
d[::2] = [d, d]
print(d[0] is d, d[2] is d, d[1], len(d))
e = [1, 2, 3]
f = e
e[len(e):] = [4]
e[:0] = [0]
print(f, f is e)
t = (1, 2, 3)
g = list(t)
g[1:2] = t
print(g, t)
