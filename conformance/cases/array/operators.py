# +, *, +=, *= on arrays.
from array import array
a = array('i', [1, 2])
print(a + array('i', [3]), a * 3, 2 * a, a * 0, a * -1)
b = a
b += array('i', [9])
print(a, b is a)
b *= 2
print(a, b is a)
for f in [lambda: a + [1], lambda: a + array('h'), lambda: a * 'x', lambda: a * 2.0,
          lambda: a + 1, lambda: [1] + a]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a += [1]
except TypeError as e:
    print(type(e).__name__, e)
