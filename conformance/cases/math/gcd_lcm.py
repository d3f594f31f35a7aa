# math.gcd and math.lcm take any number of ints (big ones too); the result is never negative.
import math

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

for args in [(), (12,), (-12,), (12, 18), (-12, 18), (12, -18), (0, 0), (0, 5), (5, 0), (12, 18, 8), (7, 13),
             (2**100 * 3, 2**70 * 9, 2**90 * 27), (10**30, 10**20 + 10**10), (True, 4), (1, "a")]:
    show(math.gcd, *args)
    show(math.lcm, *args)

class I:
    def __index__(self): return 21

show(math.gcd, I(), 14)
show(math.lcm, I(), 14)
show(math.gcd, 4, 6.0)
show(math.lcm, 4.0)
show(math.gcd, 0, None)
try:
    math.gcd(a=1)
except TypeError as e:
    print(type(e).__name__, e)
