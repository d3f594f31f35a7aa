# math.isnan, isinf and isfinite take any real number, including huge ints.
import math

for x in [0, -0.0, 1.5, 10**300, 1e308, math.inf, -math.inf, math.nan, True, 5e-324]:
    print(x if not isinstance(x, int) or x < 10**20 else "big", math.isnan(x), math.isinf(x), math.isfinite(x))
for bad in ["x", None, 1j, 10**400]:
    try:
        math.isfinite(bad)
    except Exception as e:
        print(type(e).__name__, e)
