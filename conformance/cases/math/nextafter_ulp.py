# math.nextafter steps one double towards the target; math.ulp is the gap above |x|.
import math

for x, y in [(1, 2), (1, 0), (0.0, 1), (0.0, -1), (-0.0, 1), (1, 1), (math.inf, 0), (1.7976931348623157e308, math.inf),
             (5e-324, 0), (1, math.nan), (math.nan, 1), (-1, -math.inf)]:
    print(repr(math.nextafter(x, y)))
for x in [1.0, -1.0, 0.0, 2**52, 1e300, 5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 3]:
    print(repr(math.ulp(x)))
try:
    math.nextafter(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.nextafter(x=1, y=2)
except TypeError as e:
    print(type(e).__name__, e)
