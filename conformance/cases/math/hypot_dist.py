# math.hypot of any number of coordinates and math.dist between points: exact cases, scaling near
# overflow and underflow, an infinity winning over NaN, and their errors.
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

show(math.hypot)
show(math.hypot, -5)
show(math.hypot, 3, 4)
show(math.hypot, 1, 1)
show(math.hypot, 1, 2, 3)
show(math.hypot, 0.1, 0.2, 0.3, 0.4)
show(math.hypot, *range(10))
show(math.hypot, 1e308, 1e308)
show(math.hypot, 1e-320, 1e-320)
show(math.hypot, 5e-324, 5e-324)
show(math.hypot, math.nan, math.inf)
show(math.hypot, math.nan, 1)
show(math.hypot, -0.0, 0.0)
show(math.hypot, 3, "4")
show(math.dist, (1, 2), (4, 6))
show(math.dist, [1.5, 2.5, 3.5], [0, 0, 0])
show(math.dist, (1e308,), (-1e308,))
show(math.dist, iter([1, 1]), (2, 2))
show(math.dist, (1,), (1, 2))
show(math.dist, (1, 2), (3, "a"))
show(math.dist, 1, 2)
show(math.dist, (1,))
