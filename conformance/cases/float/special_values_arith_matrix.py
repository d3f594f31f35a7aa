# +, -, * and / over signed zeros, ones, infinities and NaN follow IEEE 754 results.
# requires: float
inf, nan = float("inf"), float("nan")
vals = [0.0, -0.0, 1.0, -1.0, inf, -inf, nan]
for a in vals:
    cells = []
    for b in vals:
        cells.append("%r/%r/%r" % (a + b, a - b, a * b))
    print(repr(a), " ".join(cells))
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(repr(a / b))
        except ZeroDivisionError:
            row.append("ZDE")
    print(repr(a), "/", " ".join(row))
