# math.log, log2 and log10 of floats: exact powers, zero and negative arguments are domain errors.
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for x in [1, 2, 8, 1024, 0.5, 10, 1000, 1e-300, 5e-324, 1e308, math.e, math.inf, math.nan]:
    show(math.log, x)
    show(math.log2, x)
    show(math.log10, x)
for x in [0, 0.0, -0.0, -1, -math.inf, -1e-300]:
    show(math.log, x)
    show(math.log2, x)
    show(math.log10, x)
show(math.log, 8, 2)
show(math.log, 100, 10)
show(math.log, 2, 1)
show(math.log, 2, 0)
show(math.log, 2, -2)
show(math.log, 2, 0.5)
show(math.log, True)
