# math.cbrt and exp2 (new in 3.11) at values whose results are exact.
import math

for x in [0.0, -0.0, 1, 8, -8, 64, 125, 1000, 343, 1e300, math.inf, -math.inf, math.nan]:
    print(repr(math.cbrt(x)))
for x in [0, 1, -1, 10, 0.5, -1074, -1075, 1023, 1024, math.inf, -math.inf, math.nan]:
    try:
        print(repr(math.exp2(x)))
    except Exception as e:
        print(type(e).__name__, e)
