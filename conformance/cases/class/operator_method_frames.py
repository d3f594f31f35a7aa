# Operator methods of Python classes run as frames of the dispatch loop; every rule of the
# operator protocol (NotImplemented, reflected operands, subclasses first, in-place
# fallbacks) must hold as it does for the general path.

class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __radd__(self, o):
        return V(o * 100 + self.x)

    def __mul__(self, k):
        return NotImplemented

    def __index__(self):
        return 2

    def __repr__(self):
        return "V(%r)" % self.x

print(V(1) + V(2), V(1) + 5, 5 + V(1))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError", e)
# V.__mul__ declines; list * V uses V.__index__, and so does V * list.
print([0] * V(9), V(9) * [1])
try:
    V(1) * 2.5
except TypeError as e:
    print("TypeError", e)

class W(V):
    def __radd__(self, o):
        return "W.__radd__ first"

print(V(1) + W(2))

class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        if o is None:
            return NotImplemented
        self.items.append(o)
        return self

    def __add__(self, o):
        return "plain add with %r" % (o,)

a = Acc()
a += 1
a += 2
print(a.items)
a += None
print(a)

class Raises:
    def __sub__(self, o):
        raise KeyError(o)

try:
    Raises() - 3
except KeyError as e:
    print("KeyError", e)

class Wrong:
    def __add__(self):
        return 0

try:
    Wrong() + 1
except TypeError as e:
    print("TypeError", e)

class GenOp:
    def __add__(self, o):
        yield o

print(type(GenOp() + 1).__name__)

class Static:
    @staticmethod
    def __add__(a, b):
        return ("static", type(a).__name__, b)

try:
    print(Static() + 3)
except TypeError as e:
    print("TypeError", e)

class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return self if self.n == 0 else Deep(self.n - 1) + o

print((Deep(50) + 1).n)

class Forever:
    def __add__(self, o):
        return self + o

try:
    Forever() + 1
except RecursionError:
    print("RecursionError")

# Operators inside loops, comprehensions and generators.
total = V(0)
for i in range(100):
    total = total + V(i)
print(total, sum([V(i) for i in range(4)], V(0)))

def gen():
    acc = V(0)
    for i in range(3):
        acc += V(i)
        yield acc

print(list(gen()))
print([V(i) * 1 if False else V(i) + 1 for i in range(3)])
