# math.fsum: the correctly rounded sum (no loss to cancellation), and its inf/nan and overflow rules.
import math

def show(x):
    try:
        print(repr(math.fsum(x)))
    except Exception as e:
        print(type(e).__name__, e)

show([])
show([0.1] * 10)
show([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
show([2.0**53, 1.0, 2.0**-52])
show([2.0**53, -1.0, 2.0**-52])
show([1.0, 1e-16, 1e-16])
show([1e308, 1e308, -1e308])
show([1e308, 1e308])
show([-0.0, -0.0])
show(range(1000))
show([1, 2**60, 3.5])
show(x / 7 for x in range(100))
show([math.inf, 1])
show([math.inf, -math.inf])
show([math.inf, math.nan])
show([math.nan, 1])
show([1e308, math.inf, -1e308])
show([10**400])
show(["a"])
show(5)
try:
    math.fsum([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
