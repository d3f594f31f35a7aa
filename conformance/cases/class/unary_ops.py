# Unary -, +, abs() and ~ call __neg__, __pos__, __abs__, __invert__; missing ones raise TypeError.
class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return U(-self.v)
    def __pos__(self): return 'pos of ' + str(self.v)
    def __abs__(self): return self.v if self.v >= 0 else -self.v
    def __invert__(self): return ('inverted', self.v)
u = U(5)
print((-u).v, (-(-u)).v, +u, abs(U(-3)), ~u)
class Nothing:
    pass
n = Nothing()
for name, f in (('neg', lambda: -n), ('pos', lambda: +n), ('abs', lambda: abs(n)), ('invert', lambda: ~n)):
    try:
        f()
    except TypeError as e:
        print(name, type(e).__name__, e)
