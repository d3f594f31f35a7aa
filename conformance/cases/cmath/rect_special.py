# cmath.rect at infinite and NaN moduli and angles.
import cmath

inf, nan = float("inf"), float("nan")
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for r in parts:
    row = []
    for phi in parts:
        try:
            z = cmath.rect(r, phi)
            row.append(repr(z.real) + "," + repr(z.imag))
        except Exception as e:
            row.append(type(e).__name__)
    print(r, " ".join(row))
