# type(name, bases, dict) creates a class.
Point = type('Point', (), {'x': 1, 'describe': lambda self: 'point at %d' % self.x})
p = Point()
print(Point.__name__, type(p).__name__, p.x, p.describe())
Base = type('Base', (object,), {'kind': 'base'})
Child = type('Child', (Base,), {'extra': True})
c = Child()
print(c.kind, c.extra, isinstance(c, Base), issubclass(Child, Base))
print([k.__name__ for k in Child.__mro__])
print(type(Child) is type, type(type) is type)
Empty = type('Empty', (), {})
print(Empty.__name__, Empty.__bases__ == (object,))
def init(self, v):
    self.v = v
V = type('V', (), {'__init__': init, '__repr__': lambda self: 'V(%r)' % self.v})
print(V(3), [V('a')])
try:
    type('X', (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', ())
except TypeError as e:
    print(type(e).__name__, e)
