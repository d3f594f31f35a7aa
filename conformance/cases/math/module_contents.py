# The names math defines, and that its functions are builtin functions named for themselves.
import math

names = sorted(n for n in dir(math) if not n.startswith("_"))
print(names)
print(len(names))
print(all(type(getattr(math, n)).__name__ == "builtin_function_or_method" for n in names
          if n not in ("pi", "e", "tau", "inf", "nan")))
print([getattr(math, n).__name__ for n in ["sqrt", "log", "fsum", "isclose"]])
print(math.floor.__module__ if hasattr(math.floor, "__module__") else None)
import math as m2
print(m2 is math)
from math import pi, sqrt
print(pi, sqrt(2))
