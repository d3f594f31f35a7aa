# The constants of math: their values, types and the identities between them.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(type(math.pi).__name__, type(math.inf).__name__)
print(math.tau == 2 * math.pi, math.inf > 1e308, math.nan != math.nan)
print(-math.inf, math.isnan(math.nan), math.isinf(-math.inf))
print(math.__name__, repr(math.__doc__))
print(math.sqrt, type(math.sqrt).__name__, math.sqrt.__name__)
