# Checks that a starred target always becomes a new list, whatever the source type.
src = (1, 2, 3)
a, *b = src
print(type(b).__name__, b)
*c, d = "abc"
print(type(c).__name__, c)
lst = [1, 2, 3]
*e, = lst
print(e, e is lst, e == lst)
e.append(99)
print(lst)
x, *y = range(10)
print(type(y).__name__, y)
*z, w = {"k": 1}.values()
print(z, w)
g = (i * i for i in range(5))
h, *rest = g
print(h, rest, list(g))
p, *q, r = (1, 2)
print(q, type(q).__name__)
*s, = b""
print(s)
t, *u = frozenset([4])
print(t, u)
