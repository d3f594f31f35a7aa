# Subclassing a namedtuple class: methods, properties, __slots__; results keep the class.
from collections import namedtuple
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm, v + Vec(1, 1), v._replace(x=0), Vec._make([6, 8]).norm)
print(type(v._replace(x=1)).__name__, v._asdict(), Vec.__mro__[1].__name__)
try:
    v.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Tagged(namedtuple('Base', 'a b')):
    def __repr__(self):
        return 'Tagged<' + str(self.a) + '>'
t = Tagged(1, 2)
t.note = 'ok'
print(t, t.note, t.__dict__, Tagged(b=2, a=1))
class Three(Vec):
    pass
print(Three(1, 2), Three._fields)
