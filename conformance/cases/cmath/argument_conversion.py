# cmath takes complex numbers, objects with __complex__, and any real number (__float__,
# __index__); __complex__ must return a complex.
import cmath

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __complex__(self): return 3 + 4j

class F:
    def __float__(self): return 4.0

class I:
    def __index__(self): return 9

class Bad:
    def __complex__(self): return 1

class CS(complex):
    pass

for x in [C(), F(), I(), CS(-4), True, 16, 2.25, Bad(), "x", None, [1], 10**400]:
    show(cmath.sqrt, x)
show(cmath.phase, C())
show(cmath.isclose, C(), 3 + 4j)
