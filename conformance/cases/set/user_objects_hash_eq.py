class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"P({self.x}, {self.y})"

s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s))
print(P(1, 2) in s, P(3, 3) in s)
print(sorted(s, key=lambda p: (p.x, p.y)))
s.discard(P(2, 1))
print(s)

class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)

class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)

class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self.v == other.v
c = {Collide(1), Collide(2), Collide(1)}
print(len(c), sorted(o.v for o in c))
