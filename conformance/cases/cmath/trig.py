# cmath.sin, cos and tan: real and imaginary axes, signed zeros, overflow.
import cmath

def show(f, z):
    try:
        print(f(z))
    except Exception as e:
        print(type(e).__name__, e)

for f in [cmath.sin, cmath.cos, cmath.tan]:
    for z in [0, -0.0, complex(0.0, -0.0), 1, 1j, -1j, 1 + 1j, 2 - 3j, 0.5 + 20j, 1000j, -1000j, 100 + 800j]:
        show(f, z)
