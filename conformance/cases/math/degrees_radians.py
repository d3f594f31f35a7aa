# math.degrees and radians convert by the constant factors; huge values become inf, not errors.
import math

for x in [0, -0.0, 1, math.pi, -math.pi / 2, 180, 90, 1e308, -math.inf, math.nan, True]:
    print(repr(math.degrees(x)), repr(math.radians(x)))
print(math.degrees(math.radians(45)), math.radians(math.degrees(1)))
try:
    math.degrees("1")
except TypeError as e:
    print(type(e).__name__, e)
