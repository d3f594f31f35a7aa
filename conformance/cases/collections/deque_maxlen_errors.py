# maxlen must be None or a non-negative int, and cannot be reassigned.
from collections import deque
for bad in (-1, 'a', 1.5, 2 ** 70, [2]):
    try:
        deque([1], bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
d = deque([1], 3)
try:
    d.maxlen = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del d.maxlen
except AttributeError as e:
    print(type(e).__name__, e)
print(d.maxlen)
