# A step of 1 (or None) is an ordinary slice that can resize; any other step must match in size.
a = list(range(6))
a[1:4:1] = ["x"]
print(a)
a[1:2:None] = [7, 8, 9]
print(a)
a[::True] = [0]
print(a)
b = list(range(6))
for step in [-1, 2, -2, 3]:
    try:
        b[::step] = [9]
    except ValueError as e:
        print(step, type(e).__name__, e)
c = list(range(6))
c[3:3:-1] = []
print(c)
c[4:2:-1] = ["p", "q"]
print(c)
c[0:1:-1] = []
print(c)
try:
    c[4:2:-1] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[::2] = c
except ValueError as e:
    print(type(e).__name__, e)
print(c)
