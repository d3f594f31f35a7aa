# A left operand without support makes Python try the right operand's reflected dunder.
class R:
    def __radd__(self, o): return ('radd', o)
    def __rsub__(self, o): return ('rsub', o)
    def __rmul__(self, o): return ('rmul', o)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __rfloordiv__(self, o): return ('rfloordiv', o)
    def __rmod__(self, o): return ('rmod', o)
    def __rpow__(self, o): return ('rpow', o)
    def __rmatmul__(self, o): return ('rmatmul', o)
    def __rlshift__(self, o): return ('rlshift', o)
    def __rrshift__(self, o): return ('rrshift', o)
    def __rand__(self, o): return ('rand', o)
    def __ror__(self, o): return ('ror', o)
    def __rxor__(self, o): return ('rxor', o)
r = R()
print(1 + r, 2 - r, 3 * r)
print(4 / r, 5 // r, 6 % r)
print(7 ** r, 8 @ r, 9 << r)
print(10 >> r, 11 & r, 12 | r, 13 ^ r)
print('s' + r, [1] * r, 2.5 - r, None % r)
try:
    r + 1
except TypeError as e:
    print(type(e).__name__, e)
