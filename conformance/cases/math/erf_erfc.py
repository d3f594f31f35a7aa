# math.erf and erfc: symmetric values, saturation far out, the special values.
import math

for x in [0.0, -0.0, 0.5, -0.5, 1.0, 1.5, 3.0, 6.0, -6.0, 27.0, 30.0, -30.0, 1e-10, 1e-300, math.inf, -math.inf, math.nan]:
    print(x, repr(math.erf(x)), repr(math.erfc(x)))
for x in [0.1, 0.25, 0.9, 2.0, 4.0]:
    print(x, round(math.erf(x) + math.erfc(x), 15), round(math.erf(x), 12), round(math.erfc(-x), 12))
