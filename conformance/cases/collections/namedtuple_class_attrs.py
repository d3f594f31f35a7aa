# The class's attributes: __doc__, __module__ (or module=), __slots__, __match_args__,
# and class patterns that use them.
from collections import namedtuple
P = namedtuple('Point', 'x y')
print(P.__name__, P.__qualname__, P.__doc__, P.__module__, P.__slots__, P.__match_args__)
print(namedtuple('M', 'a', module='geometry').__module__, repr(namedtuple('M', 'a', module='g')))
print(P, P.__bases__, P._field_defaults)
for obj in (P(0, 5), P(1, 1), (0, 5)):
    match obj:
        case P(0, y):
            print('on the y axis at', y)
        case P(x=1, y=yy):
            print('x is one, y', yy)
        case _:
            print('something else', obj)
