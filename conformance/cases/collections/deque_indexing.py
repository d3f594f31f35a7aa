# Items are reached by index (negative from the right), assigned and deleted; no slices.
from collections import deque
d = deque('abcde')
print(d[0], d[-1], d[2], d[-5])
d[1] = 'B'
d[-1] = 'E'
print(d)
del d[0]
del d[-2]
print(d, len(d))
print(d[True], deque([1, 2])[False])
for i in (5, -6, 2 ** 70):
    try:
        d[i]
    except IndexError as e:
        print(type(e).__name__, e)
for i in ('x', 1.0, slice(0, 1)):
    try:
        d[i]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del d[-10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    d['a'] = 1
except TypeError as e:
    print(type(e).__name__, e)
