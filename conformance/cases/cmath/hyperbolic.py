# cmath.sinh, cosh and tanh: values, signed zeros, overflow as OverflowError, tanh saturating.
import cmath

def show(f, z):
    try:
        print(f(z))
    except Exception as e:
        print(type(e).__name__, e)

for f in [cmath.sinh, cmath.cosh, cmath.tanh]:
    for z in [0, -0.0, complex(0.0, -0.0), 1, 1j, -1, 1 + 1j, 2 - 3j, 20 + 0.5j, 710, 710 + 1j, -711 - 1j,
              1000, complex(800, 0.5)]:
        show(f, z)
