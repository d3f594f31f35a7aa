# math.sin, cos, tan and their inverses: exact values, signed zeros, infinities as domain errors.
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for f in [math.sin, math.cos, math.tan]:
    for x in [0, -0.0, 1, -1, 0.5, math.pi, math.pi / 2, 1e-300, 1e22, math.inf, -math.inf, math.nan]:
        show(f, x)
for f in [math.asin, math.acos, math.atan]:
    for x in [0, -0.0, 1, -1, 0.5, -0.5, 1e-300, 1.0000001, -2, math.inf, -math.inf, math.nan]:
        show(f, x)
