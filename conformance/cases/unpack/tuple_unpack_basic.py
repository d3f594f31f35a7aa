# Checks basic tuple and list unpacking from various iterable sources.
a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = (5, 6)
print(e, f)
[g, h] = "xy"
print(g, h)
i, j, k = range(3)
print(i, j, k)
m, n = {"first": 1, "second": 2}
print(m, n)
p, q = next(iter({7: "a"}.items()))
print(p, q)
r, s = iter([8, 9])
print(r, s)
t, u = (v * 2 for v in (10, 20))
print(t, u)
w, = [42]
print(w)
(x,) = "z"
print(x)
[y] = (None,)
print(y)
b1, b2 = b"AB"
print(b1, b2)
z1, z2 = [[1], (2,)]
print(z1, z2)
