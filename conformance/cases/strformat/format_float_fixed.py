# format() of floats with types 'f' and 'F': precision, rounding half-even of the binary value, width.
# requires: float
for v in [0.0, -0.0, 1.0, 2.5, -2.5, 0.125, 1/3, 2/3, 1e16, 123.456, 0.0005, -1e-10]:
    print(repr(v), [format(v, s) for s in ["f", ".0f", ".1f", ".2f", ".10f", "F", "#.0f"]])
for v in [0.5, 1.5, 2.5, 3.5, 0.25, 0.35, 2.675, 1.005]:
    print(format(v, ".0f"), format(v, ".1f"), format(v, ".2f"))
for v in [float("inf"), float("-inf"), float("nan"), -float("nan")]:
    print(format(v, "f"), format(v, "F"), format(v, ".2f"), format(v, "+F"), format(v, "08.1f"))
print(format(1e300, ".2f")[:10], len(format(1e300, ".2f")))
print(format(3, "f"), format(-3, ".2F"), format(True, ".1f"))
print(format(12.5, "10.2f") + "|", format(12.5, "<10.2f") + "|", format(12.5, "^10.1f") + "|")
