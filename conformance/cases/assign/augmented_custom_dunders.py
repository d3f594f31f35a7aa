# Checks __iadd__ and friends: their return value is bound, NotImplemented falls back to __add__.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __repr__(self):
        return "Acc(%r)" % self.v

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a = a + 5
print(a, a is orig)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
n = NoInplace(1)
n0 = n
n += 1
print(n.v, n is n0)
class ReturnsNone:
    def __imul__(self, o):
        pass
r = ReturnsNone()
r *= 3
print(r)
class NI:
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "fallback sub"
x = NI()
x -= 1
print(x)
class Radd:
    def __radd__(self, o):
        return "radd with %r" % o
y = 5
y += Radd()
print(y)
class Neither:
    pass
z = Neither()
try:
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
