# A full bounded deque refuses insert; append still drops from the other end.
from collections import deque
d = deque([1, 2], maxlen=3)
d.insert(1, 9)
print(d)
try:
    d.insert(0, 0)
except IndexError as e:
    print(type(e).__name__, e)
d.append(4)
print(d)
z = deque(maxlen=0)
try:
    z.insert(0, 1)
except IndexError as e:
    print(type(e).__name__, e)
for bad in ('1', None):
    try:
        deque([1]).insert(bad, 2)
    except TypeError as e:
        print(type(e).__name__, e)
