# cmath.asin, acos and atan: inside and on the branch cuts (the sign of the zero part picks the side),
# poles of atan as domain errors, huge arguments.
import cmath

def show(f, z):
    try:
        print(f(z))
    except Exception as e:
        print(type(e).__name__, e)

for f in [cmath.asin, cmath.acos]:
    for z in [0, 0.5, 1, 2, complex(2, -0.0), -2, complex(-2, -0.0), 1j, 1 + 1j, -3 - 4j, 1e300, 1e300j, complex(-1e300, 1)]:
        show(f, z)
for z in [0, 1, 1j, -1j, 2j, complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2), 1 + 1j, 1e300 + 1e300j, 0.5j]:
    show(cmath.atan, z)
