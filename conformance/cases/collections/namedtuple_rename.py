# rename=True replaces invalid, keyword, underscored and repeated names by _index.
from collections import namedtuple
T = namedtuple('T', 'a def _b a 1 ok', rename=True)
print(T._fields)
print(T(1, 2, 3, 4, 5, 6))
print(namedtuple('U', ['x', 'x', 'x'], rename=True)._fields)
print(namedtuple('V', 'abc class _', rename=True)._fields)
print(namedtuple('W', 'a b', rename=False)._fields)
