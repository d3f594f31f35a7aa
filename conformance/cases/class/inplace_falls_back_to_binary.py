# Without __iadd__, += uses __add__ (new object) then __radd__ of the right operand.
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return N(self.v + o)
    def __mul__(self, o):
        return NotImplemented
class Right:
    def __rmul__(self, o):
        return 'rmul from Right'
    def __radd__(self, o):
        return 'radd from Right'
a = N(1)
b = a
a += 5
print(a.v, b.v, a is b)
x = N(2)
x *= Right()
print(x)
class NoIadd:
    pass
n = NoIadd()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n **= 2
except TypeError as e:
    print(type(e).__name__, e)
# __iadd__ returning NotImplemented falls back to __add__.
class Half:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'used __add__'
h = Half()
h += 1
print(h)
