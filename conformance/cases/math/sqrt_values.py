# math.sqrt: exact squares, irrational roots, signed zero, infinities, and its errors.
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0, 1, 4, 2, 0.25, 1e-300, 5e-324, 1e300, 2**52 + 1, True, -0.0, math.inf, math.nan]:
    show(math.sqrt, x)
for x in [-1, -1e-300, -math.inf, 10**400, "4", None, 1j]:
    show(math.sqrt, x)
print(type(math.sqrt(16)).__name__)
