# math.log of ints too large for a float still works (exactly split into mantissa and exponent).
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for n in [10**308, 10**309, 10**400, 10**1000, 2**1023, 2**1024, 2**1024 - 1, 3**1000, 7**5000]:
    show(math.log, n)
    show(math.log2, n)
    show(math.log10, n)
show(math.log, 10**400, 10)
show(math.log, 10**400, 10**400)
show(math.log, 10**400, 0.5)
show(math.log, 2**10000, 2)
for n in [-10**400, 0, -1]:
    show(math.log, n)
    show(math.log2, n)
show(math.log1p, 10**400)
show(math.sqrt, 10**400)
