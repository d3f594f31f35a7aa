# How deque's methods and constructor word their argument errors.
from collections import deque
d = deque([1, 2])
calls = [
    lambda: d.append(),
    lambda: d.append(1, 2),
    lambda: d.append(x=1),
    lambda: d.pop(0),
    lambda: d.popleft(1),
    lambda: d.count(),
    lambda: d.extend(),
    lambda: d.remove(),
    lambda: d.copy(1),
    lambda: d.clear(1),
    lambda: d.insert(1),
    lambda: d.index(),
    lambda: d.index(1, 2, 3, 4),
    lambda: deque([1], 3, 4),
    lambda: deque(foo=1),
    lambda: deque(5),
    lambda: deque.append(1, 2),
    lambda: deque.append(),
]
for f in calls:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
