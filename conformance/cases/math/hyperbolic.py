# math.sinh, cosh, tanh, asinh, acosh, atanh: values, overflow and domain errors.
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for f in [math.sinh, math.cosh, math.tanh]:
    for x in [0, -0.0, 1, -1, 0.5, 20, 710, -710, 1e-300, math.inf, -math.inf, math.nan]:
        show(f, x)
for x in [0, -0.0, 1, -1, 0.5, 2, 3, 1e10, 1e300, 1e-300, math.inf, -math.inf, math.nan]:
    show(math.asinh, x)
for x in [1, 1.5, 2, 2.0000000000000004, 3, 1e10, 1e300, math.inf, 0.5, 0, -1, -math.inf, math.nan]:
    show(math.acosh, x)
for x in [0, -0.0, 0.25, 0.5, -0.5, 0.75, 0.9999999, 1e-300, 1, -1, 2, math.inf, math.nan]:
    show(math.atanh, x)
