# math.exp, exp2, expm1 and log1p: values near zero, overflow as OverflowError, underflow to 0.0.
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for f in [math.exp, math.exp2, math.expm1]:
    for x in [0, -0.0, 1, -1, 0.5, 10, 1e-10, -745, -1080, 709, 1000, math.inf, -math.inf, math.nan]:
        show(f, x)
for x in [0, -0.0, 1e-10, -0.5, 1, 1e300, math.inf, -1, -2, -math.inf, math.nan, 10**400]:
    show(math.log1p, x)
