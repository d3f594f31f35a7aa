# math.ceil, floor and trunc of floats and ints: int results of any size, inf and nan errors.
import math

def show(f, *args):
    try:
        r = f(*args)
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

for f in [math.ceil, math.floor, math.trunc]:
    for x in [0.0, -0.0, 1.5, -1.5, 2.5, -0.5, 1e-300, 1e20, -1e20, 1e300, 2**53 + 0.0, 7, -7, True, False, 10**30]:
        show(f, x)
    for x in [math.inf, -math.inf, math.nan, "1", None, 1j]:
        show(f, x)
