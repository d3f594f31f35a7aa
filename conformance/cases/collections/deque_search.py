# count, index (with bounds), remove and insert.
from collections import deque
d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(9), d.count(1.0))
print(d.index(2), d.index(2, 2), d.index(2, -2), d.index(1, 1, 5))
print(d.index(3, -100, 100), d.index(2, 2 ** 70 * -1))
for args in ((9,), (3, 3), (2, 4, 5), (1, 2 ** 70)):
    try:
        d.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
d.remove(2)
print(d)
try:
    d.remove('x')
except ValueError as e:
    print(type(e).__name__, e)
d.insert(0, 'a')
d.insert(-1, 'b')
d.insert(100, 'c')
d.insert(-100, 'd')
print(d)
try:
    d.index(1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
