# math's float functions take real numbers: ints, floats, objects with __float__ or __index__;
# anything else is "must be real number", an int too large is an OverflowError.
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

class F:
    def __float__(self): return 4.0

class I:
    def __index__(self): return 9

class FS(float):
    pass

class BadFloat:
    def __float__(self): return 1

for f in [math.sqrt, math.exp, math.log, math.atan, math.isnan]:
    for x in [F(), I(), FS(16.0), True, 10**20, BadFloat(), "4", None, 1j, [1], 10**400]:
        show(f, x)
show(math.pow, F(), I())
show(math.atan2, 1, "1")
show(math.copysign, "1", 1)
