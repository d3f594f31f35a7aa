# Two OrderedDicts are equal only in the same order; with a plain dict order is ignored.
from collections import OrderedDict
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
c = {'y': 2, 'x': 1}
print(a == b, a != b, a == c, c == a, b == c, a != c)
print(a == OrderedDict(x=1, y=2), a == OrderedDict(x=1, y=3), a == OrderedDict(x=1))
b.move_to_end('y')
print(a == b)
class Sub(OrderedDict):
    pass
print(Sub(a) == a, Sub(b) == OrderedDict(reversed(list(b.items()))))
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
