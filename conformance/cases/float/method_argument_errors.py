# The argument and keyword errors of float's, int's and complex's small methods, named
# type.method as CPython names them.
# requires: float
for f in [lambda: (1.0).is_integer(1), lambda: (1.0).is_integer(x=1), lambda: (1.0).conjugate(1), lambda: (1.0).conjugate(x=1), lambda: (1j).conjugate(x=1), lambda: (1j).conjugate(1), lambda: complex.conjugate(1), lambda: (1j).__complex__(x=1), lambda: (1).conjugate(x=1), lambda: (1).as_integer_ratio(x=1), lambda: (1.0).as_integer_ratio(x=1), lambda: float.is_integer(1), lambda: float.is_integer()]:
    try: print(f())
    except TypeError as e: print(e)
