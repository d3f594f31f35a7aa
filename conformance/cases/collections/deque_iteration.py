# Iterating a deque: forwards, reversed, and the error when it changes meanwhile.
from collections import deque
d = deque([1, 2, 3])
print(list(d), list(reversed(d)), [x * 2 for x in d], sum(d), max(d))
it = iter(d)
print(next(it), it.__length_hint__())
d[1] = 20
print(list(it))
it = iter(d)
d.reverse()
print(list(it))
it = iter(d)
next(it)
d.append(4)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    for x in d:
        d.popleft()
except RuntimeError as e:
    print(type(e).__name__, e)
r = reversed(d)
d.rotate(1)
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(iter(deque())), list(reversed(deque())))
