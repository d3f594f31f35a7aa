# cmath.exp and log: values, log of zero as a domain error, exp overflowing as a range error.
import cmath

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

for z in [0, 1, 1j, -1, 1 + 1j, complex(0, cmath.pi), -2 - 3j, 700, 710, -1000, complex(710, 1.5), 0.5j]:
    show(cmath.exp, z)
for z in [1, -1, 1j, -1j, complex(-1, -0.0), 1 + 1j, 10, 1e300 + 1e300j, 5e-324, 1e-310j, 0.9 + 0.1j, 0, -0.0j]:
    show(cmath.log, z)
    show(cmath.log10, z)
show(cmath.log, 10**400)
