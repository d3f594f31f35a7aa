# copy and __copy__ keep the items and the maxlen; clear and reverse work in place.

from collections import deque
d = deque([1, [2], 3], maxlen=4)
c = d.copy()
print(c, c is d, c == d, c[1] is d[1])
print(d.__copy__(), deque([1]).copy().maxlen)
c.append(4)
print(d, c)
d.reverse()
print(d)
d.clear()
print(d, d.maxlen, len(d))
d.clear()
print(d)
e = deque(range(6))
e.reverse()
print(e)
