# Each comparison operator calls its own dunder and returns whatever it returns (not forced to bool).
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o): return ('eq', self.v, o.v)
    def __ne__(self, o): return ('ne', self.v, o.v)
    def __lt__(self, o): return ('lt', self.v, o.v)
    def __le__(self, o): return ('le', self.v, o.v)
    def __gt__(self, o): return ('gt', self.v, o.v)
    def __ge__(self, o): return ('ge', self.v, o.v)
a, b = C(1), C(2)
print(a == b, a != b)
print(a < b, a <= b, a > b, a >= b)
# Chained comparisons use truthiness of intermediate results.
class T:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
x, y, z = T(1), T(2), T(3)
print(x < y < z, x < z < y, z < y < x)
