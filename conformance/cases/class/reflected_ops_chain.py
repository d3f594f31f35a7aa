# Binary operators try __op__ then the other operand's __rop__; same-type __rop__ is not tried.
class L:
    def __add__(self, other):
        print("L.__add__")
        return NotImplemented
class R:
    def __radd__(self, other):
        print("R.__radd__")
        return "R handled"
    def __rsub__(self, other):
        return NotImplemented
print(L() + R())
print(5 + R())
try:
    L() + L()
except TypeError as e:
    print(type(e).__name__, e)
try:
    R() + R()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 - R()
except TypeError as e:
    print(type(e).__name__, e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Acc(other + self.v)
    def __add__(self, other):
        if isinstance(other, Acc):
            return Acc(self.v + other.v)
        return NotImplemented
print(sum([Acc(1), Acc(2), Acc(3)]).v)
print((10 + Acc(5)).v, (Acc(1) + Acc(2)).v)
class Rmul:
    def __rmul__(self, other):
        return "rmul(%r)" % (other,)
print(3 * Rmul(), "ab" * Rmul(), [1] * Rmul())
class Rpow:
    def __rpow__(self, other):
        return "rpow " + str(other)
print(2 ** Rpow(), pow(3, Rpow()))
