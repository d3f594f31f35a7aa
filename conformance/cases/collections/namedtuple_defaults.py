# defaults apply to the rightmost fields.
from collections import namedtuple
T = namedtuple('T', 'a b c', defaults=[2, 3])
print(T._field_defaults, T(1), T(1, 20), T(1, c=30), T(a=0))
print(namedtuple('U', 'a b', defaults=(None,))(1), namedtuple('U', 'a b')._field_defaults)
print(namedtuple('V', 'a b', defaults=iter([1, 2]))(), namedtuple('V', 'a', defaults=None)._field_defaults)
for d in ([1, 2, 3, 4], 5):
    try:
        namedtuple('X', 'a b c', defaults=d)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    T()
except TypeError as e:
    print(type(e).__name__, e)
