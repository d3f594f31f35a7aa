# math.atan2: the quadrant from both signs, signed zeros and infinities.
import math

vals = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan]
for y in vals:
    print(y, [math.atan2(y, x) for x in vals])
print(math.atan2(1, 2), math.atan2(-3, -4), math.atan2(5e-324, 1e308))
try:
    math.atan2("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
