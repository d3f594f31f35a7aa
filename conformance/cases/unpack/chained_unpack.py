# Checks chained assignment where several targets are unpacking patterns.
a, b = c, d = 1, 2
print(a, b, c, d)
x = (p, q) = [3, 4]
print(x, p, q)
[m, n] = r = "mn"
print(m, n, r)
s, *t = u = range(3)
print(s, t, u)
e = f = g, h = (5, 6)
print(e, f, g, h, e is f)
try:
    a, b = c, d, e = 1, 2
except ValueError as err:
    print(type(err).__name__, err)
print(a, b)
lst = [0, 0]
lst[0], lst[1] = v = (7, 8)
print(lst, v)
i = j = (k, l) = [9, 10]
i.append(11)
print(j, k, l)
