# requires: float
tests = ["1.5", "-2.25", "  3.0  ", "1e3", "1E-3", "+.5", "5.", "inf", "-inf",
         "Infinity", "-INFINITY", "nan", "NaN", "1_000.5", "1e500", "-1e500",
         "1e-500", "0x10" , "007", "-0"]
for s in tests:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
