# Unpacking tuples with too many or too few targets, and with starred targets.
for n in range(5):
    t = tuple(range(n))
    try:
        a, b = t
        print(n, "ok", a, b)
    except ValueError as e:
        print(n, type(e).__name__, e)
    try:
        a, *b, c = t
        print(n, "star", a, b, c)
    except ValueError as e:
        print(n, type(e).__name__, e)
    try:
        a, b, c, *d = t
        print(n, "tail", a, b, c, d)
    except ValueError as e:
        print(n, type(e).__name__, e)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
*a, = (1, 2)
print(a, type(a).__name__)
(a, b), *c = "xy", 1, 2
print(a, b, c)
