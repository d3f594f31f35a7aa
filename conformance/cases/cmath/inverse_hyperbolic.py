# cmath.asinh, acosh and atanh: values, branch cuts, atanh's poles at +-1 as domain errors.
import cmath

def show(f, z):
    try:
        print(f(z))
    except Exception as e:
        print(type(e).__name__, e)

for f in [cmath.asinh, cmath.acosh, cmath.atanh]:
    for z in [0, -0.0, 0.5, 1, -1, 2, -2, complex(-2, -0.0), 2j, complex(0.0, -2), complex(-0.0, 2), 1 + 1j,
              -3 - 4j, 1e300, complex(1, 1e-200), 1e-300j]:
        show(f, z)
