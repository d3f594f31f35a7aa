# extend and extendleft take any iterable; a deque extended by itself doubles.
from collections import deque
d = deque([1, 2])
d.extend(x * 10 for x in range(3))
print(d)
d.extendleft('ab')
print(d)
d.extend(iter([]))
d.extend({})
print(d)
e = deque([1, 2])
e.extend(e)
print(e)
e.extendleft(e)
print(e)
f = deque([1])
f += f
print(f)
f += range(2)
print(f)
for bad in (5, None):
    try:
        deque().extend(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    deque().extendleft(3)
except TypeError as e:
    print(type(e).__name__, e)
