# math.fabs and copysign: signs of zeros, infinities and NaN carried over.
import math

for x in [0.0, -0.0, 3, -3, -2.5, -math.inf, math.nan, 10**20, True]:
    print(repr(math.fabs(x)))
pairs = [(1, -0.0), (1, 0.0), (-2.5, 3), (0.0, -1), (-0.0, 1), (math.inf, -1), (3, -math.inf), (2, math.nan), (math.nan, -1)]
for x, y in pairs:
    r = math.copysign(x, y)
    print(repr(r), math.copysign(1.0, r))
try:
    math.copysign(1)
except TypeError as e:
    print(type(e).__name__, e)
