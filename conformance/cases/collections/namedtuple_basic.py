# namedtuple: a tuple subclass whose items also have names.
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), isinstance(p, tuple), type(p).__name__)
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, p + (3,), p * 2, p[:1], 2 in p)
print(hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 2)]), p < Point(1, 3))
print(Point._fields, Point.__mro__, p.count(1), p.index(2))
print({p: 'here'}[Point(1, 2)], max(Point(5, 3)), tuple(p), repr(p))
Empty = namedtuple('Empty', [])
print(Empty(), Empty._fields, len(Empty()))
