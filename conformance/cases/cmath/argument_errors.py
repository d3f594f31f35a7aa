# The argument-count and keyword messages of cmath's functions.
import cmath

def show(f, *args, **kw):
    try:
        f(*args, **kw)
        print("no error")
    except TypeError as e:
        print(e)

for f in [cmath.sqrt, cmath.exp, cmath.sin, cmath.acosh, cmath.phase, cmath.polar, cmath.isnan, cmath.log10]:
    show(f)
    show(f, 1, 2)
    show(f, z=1)
show(cmath.rect)
show(cmath.rect, 1, 2, 3)
show(cmath.rect, r=1, phi=2)
show(cmath.log)
show(cmath.log, 1, 2, 3)
