# The constants of cmath, complex ones included.
import cmath
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan)
print(cmath.infj, cmath.nanj, type(cmath.infj).__name__, type(cmath.pi).__name__)
print(cmath.infj.real, cmath.infj.imag, cmath.nanj.real)
print(repr(cmath.__doc__))
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
