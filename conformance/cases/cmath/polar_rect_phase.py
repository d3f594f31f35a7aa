# cmath.phase, polar and rect: signed zeros pick the side of the cut, polar overflows, rect keeps
# the sign of a zero angle.
import cmath

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

for z in [1, -1, complex(-1, -0.0), 1j, -1j, 0j, complex(-0.0, 0.0), complex(-0.0, -0.0), 1 + 1j, -3 - 4j,
          complex(2.0, 5e-324), complex(1.0, 5e-324), complex(1e300, 1e-300), complex(float("inf"), 1e-300)]:
    show(cmath.phase, z)
    show(cmath.polar, z)
show(cmath.polar, complex(1e308, 1e308))
for r, phi in [(1, 0), (1, -0.0), (-1, 0), (2, cmath.pi), (2, cmath.pi / 2), (0, 1), (-0.0, 1), (3, 1e300)]:
    show(cmath.rect, r, phi)
show(cmath.rect, 1, 1j)
show(cmath.rect, 1)
show(cmath.rect, 1, float("inf"))
show(cmath.rect, float("inf"), 1)
show(cmath.rect, float("-inf"), 2)
