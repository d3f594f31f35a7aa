# cmath.isfinite, isinf and isnan look at both parts.
import cmath

inf, nan = float("inf"), float("nan")
for z in [0, 1 + 1j, complex(inf, 0), complex(0, -inf), complex(nan, 0), complex(0, nan), complex(inf, nan), 10**300, True]:
    print(cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
for bad in ["x", None, 10**400]:
    try:
        cmath.isnan(bad)
    except Exception as e:
        print(type(e).__name__, e)
