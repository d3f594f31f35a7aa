# cmath.sqrt: exact roots, the branch cut on the negative real axis (the sign of a zero imaginary
# part picks the side), tiny and huge arguments.
import cmath

for z in [4, -4, complex(-4, 0.0), complex(-4, -0.0), 2j, -2j, 1 + 1j, 3 - 4j, 0j, complex(0.0, -0.0),
          complex(-0.0, 0.0), complex(-0.0, -0.0), 1e-310j, complex(5e-324, 5e-324), complex(1e308, 1e308),
          complex(-1e308, 1e-308), 0.25, 2]:
    print(cmath.sqrt(z))
