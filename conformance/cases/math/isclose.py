# math.isclose: the relative and absolute tolerances, infinities, NaN and its argument errors.
import math

def show(*args, **kw):
    try:
        print(math.isclose(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

show(1.0, 1.0 + 1e-10)
show(1.0, 1.0 + 1e-8)
show(1.0, 1.1, rel_tol=0.1)
show(1.0, 1.1, rel_tol=0.05)
show(0.0, 1e-10)
show(0.0, 1e-10, abs_tol=1e-9)
show(math.inf, math.inf)
show(math.inf, -math.inf)
show(math.inf, 1e308, rel_tol=1)
show(math.nan, math.nan)
show(a=1, b=1)
show(1, b=1.0000000001)
show(10**20, 10**20 + 1)
show(1, 2, rel_tol=-1)
show(1, 2, abs_tol=-0.1)
show(1, 2, rel_tol="x")
show(1, 2, rel_tol=None)
show(1, "2")
show(1)
show()
show(1, 2, 3)
show(1, 2, 3, 4, 5)
show(1, 2, foo=1)
show(1, a=1)
