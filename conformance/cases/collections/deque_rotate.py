# rotate(n) turns the items n steps right (left when negative).
from collections import deque
d = deque(range(5))
for n in (1, 2, -1, -3, 5, 12, -12, 0):
    d.rotate(n)
    print(n, list(d))
d.rotate()
print(list(d))
e = deque()
e.rotate(3)
print(e)
one = deque([1])
one.rotate(-7)
print(one)
for bad in ('a', 1.5, 2 ** 70):
    try:
        d.rotate(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    d.rotate(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
