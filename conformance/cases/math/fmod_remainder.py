# math.fmod keeps the dividend's sign, math.remainder rounds the quotient half to even; both exact.
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

pairs = [(5, 3), (-5, 3), (5, -3), (-5, -3), (5.5, 2), (1e300, 3), (-0.0, 1), (0.0, -1), (7, 2), (5, 2),
         (-5, 2), (3, 2), (1, 0.1), (5, math.inf), (-5, math.inf), (5e-324, 1)]
for x, y in pairs:
    show(math.fmod, x, y)
    show(math.remainder, x, y)
for x, y in [(1, 0), (math.inf, 1), (-math.inf, 2), (math.nan, 1), (1, math.nan), (math.inf, math.inf), (0, 0)]:
    show(math.fmod, x, y)
    show(math.remainder, x, y)
