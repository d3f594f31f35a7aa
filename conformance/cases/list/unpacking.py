a, b, c = [1, 2, 3]
print(a, b, c)
[x, y] = [4, 5]
print(x, y)
p, q = "hi"
print(p, q)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
(m, n), o = [1, 2], 3
print(m, n, o)
