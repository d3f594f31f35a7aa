# +, * and their in-place forms; the left deque's maxlen bounds the result.
from collections import deque
a = deque([1, 2])
print(a + deque([3]), a * 2, 2 * a, a * 0, a * -3)
print(deque([1, 2], maxlen=3) * 3, deque([1], 2) + deque([2, 3]), deque([1]) + deque([2], 1))
b = a
b += [3, 4]
print(a, b is a)
b *= 2
print(a, b is a)
c = deque([0, 1], maxlen=5)
c *= 4
print(c)
c *= 1
print(c)
c *= 0
print(c, c.maxlen)
for f in (lambda: a + [1], lambda: a + 1, lambda: [1] + a, lambda: a * 'x',
          lambda: a * 1.5, lambda: a - a):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a * 2 ** 70
except OverflowError as e:
    print(type(e).__name__, e)
