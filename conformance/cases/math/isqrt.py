# math.isqrt: the integer square root of ints of any size.
import math

def show(*args):
    try:
        print(math.isqrt(*args))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52, 2**64 - 1, 2**64, 10**50, 10**50 - 1, 2**1001, True]:
    show(n)
n = 3**500
r = math.isqrt(n)
print(r * r <= n < (r + 1) * (r + 1))
for bad in [-1, -10**30, 4.0, "4", None]:
    show(bad)
show()
