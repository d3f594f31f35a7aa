# requires: float
t = 1, "two", 3.5
a, b, c = t
print(a, b, c)
x, = (42,)
print(x)
(p, q), r = (1, 2), 3
print(p, q, r)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = (1,)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
