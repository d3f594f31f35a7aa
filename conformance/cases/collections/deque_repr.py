# The repr: the items as a list, the maxlen when bounded, and [...] for itself.
from collections import deque
print(repr(deque()), repr(deque([], 3)), str(deque(['a', 1.5, None])))
d = deque([1])
d.append(d)
print(d)
e = deque([d, [d]])
print(e)
f = deque(maxlen=2)
f.append(f)
print(f)
print(deque([deque([1], 1)], 1))
print([deque('ab')], {'k': deque([()])})
