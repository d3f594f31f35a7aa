# Fields are read-only; the class holds a _tuplegetter per field.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
for f in (lambda: setattr(p, 'x', 5), lambda: delattr(p, 'x'), lambda: setattr(p, 'z', 0)):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(P.x, P.y.__doc__, type(P.x).__name__, P.x.__get__(p), P.x.__get__(None, P))
try:
    P.x.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P.y.__get__(())
except IndexError as e:
    print(type(e).__name__, e)
