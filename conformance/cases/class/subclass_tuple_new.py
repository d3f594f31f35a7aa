# tuple subclasses must customise construction in __new__ (tuples are immutable).
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return 'Point(%r, %r)' % self
p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4), isinstance(p, tuple), tuple(p))
print(type(p + (5,)).__name__, type(p[:1]).__name__, hash(p) == hash((3, 4)))
a, b = p
print(a, b, sorted([Point(2, 1), Point(1, 2)]))
class Pair(tuple):
    def __init__(self, items):
        self.note = 'init ran'
pr = Pair([1, 2])
print(pr, pr.note)
try:
    Point(1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
