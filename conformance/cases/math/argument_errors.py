# The argument-count and keyword messages of math's functions, which differ by function.
import math

def show(f, *args, **kw):
    try:
        f(*args, **kw)
        print("no error")
    except TypeError as e:
        print(e)

for f in [math.sqrt, math.exp, math.floor, math.ceil, math.trunc, math.frexp, math.modf, math.fabs,
          math.isnan, math.factorial, math.isqrt, math.fsum, math.ulp, math.gamma, math.erf, math.log2]:
    show(f)
    show(f, 1, 2)
    show(f, x=1)
for f in [math.pow, math.atan2, math.copysign, math.fmod, math.remainder, math.ldexp, math.nextafter,
          math.comb, math.dist]:
    show(f, 1)
    show(f, 1, 2, 3)
    show(f, 1, y=2)
show(math.log)
show(math.log, 1, 2, 3)
show(math.log, x=1)
show(math.perm)
show(math.perm, 1, 2, 3)
show(math.hypot, x=1)
show(math.lcm, a=1)
