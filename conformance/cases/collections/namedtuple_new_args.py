# Calling the class binds its fields as a function's parameters are bound.
from collections import namedtuple
P = namedtuple('Point', 'x y')
Q = namedtuple('Q', 'a b c d', defaults=[0])
calls = [lambda: P(1), lambda: P(), lambda: P(1, 2, 3), lambda: P(1, 2, z=3),
         lambda: P(1, x=3), lambda: P(y=2), lambda: Q(1), lambda: Q(1, 2, 3, 4, 5),
         lambda: Q(), lambda: P(1, 2, **{'z': 1, 'w': 2}), lambda: namedtuple('E', '')(1)]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(P(*[1, 2]), P(**{'y': 1, 'x': 2}), Q(1, 2, 3))
