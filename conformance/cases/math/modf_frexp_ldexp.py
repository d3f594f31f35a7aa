# math.modf, frexp and ldexp: parts of floats, subnormals, special values and ldexp's argument rules.
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 2.5, -2.5, 1e300, 5e-324, 7, math.inf, -math.inf, math.nan]:
    show(math.modf, x)
    show(math.frexp, x)
for x in [1.0, 8, 0.1, -5e-324, 2.0**-1074, 1.7976931348623157e308]:
    m, e = math.frexp(x)
    print(m, e, math.ldexp(m, e) == x)
for x, i in [(1, 10), (1, -1074), (1, -1075), (1.5, -1074), (0.75, 1024), (5e-324, 1074), (-1, 1023),
             (1, 1024), (1, 10**30), (1, -10**30), (0.0, 10**30), (math.inf, -5), (math.nan, 3), (1, True)]:
    show(math.ldexp, x, i)

class I:
    def __index__(self): return 3

class IS(int):
    pass

show(math.ldexp, 1, 1.5)
show(math.ldexp, 1, I())
show(math.ldexp, 1, IS(4))
show(math.ldexp, "1", 1)
show(math.ldexp, 1)
