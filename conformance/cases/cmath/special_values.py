# cmath at infinite and NaN parts follows C99's Annex G: a table of values per function, domain
# errors where the value is invalid, and results that depend on the finite part's sign.
import cmath

inf, nan = float("inf"), float("nan")
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for name in ["exp", "log", "sqrt", "acos", "asinh", "atanh", "cosh", "sinh", "tanh", "asin", "atan", "cos", "tan"]:
    f = getattr(cmath, name)
    for re in parts:
        row = []
        for im in parts:
            if abs(re) != inf and abs(im) != inf and re == re and im == im:
                continue
            try:
                z = f(complex(re, im))
                row.append(repr(z.real) + "," + repr(z.imag))
            except Exception as e:
                row.append(type(e).__name__)
        print(name, re, " ".join(row))
