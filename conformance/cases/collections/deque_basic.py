# deque: the two ends, len, truth and repr.
from collections import deque
d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
print(d.pop(), d.pop(), d, bool(d))
print(deque('abc'), deque(range(4)), deque((1, 2)), deque({'k': 1}))
print(deque(iterable=[3, 4]), deque([5], maxlen=None))
for end in (deque.pop, deque.popleft):
    try:
        end(deque())
    except IndexError as e:
        print(type(e).__name__, e)
