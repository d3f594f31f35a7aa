# Float formatting with g/e/f/% presentation types, precision, alternate form and padding.
# requires: float
vals = [0.0, -0.0, 1.0, 0.1, 123.456, 1e-5, 1.5e-10, 12345678.9, 1e16, 2.5, -3.75, 1e300]
for v in vals:
    print(repr(v), format(v, "g"), format(v, ".3g"), format(v, "#g"), format(v, ".2e"), format(v, ".1f"), format(v, "G"))
print(format(0.125, ".2f"), format(0.375, ".2f"), format(2.5, ".0f"), format(3.5, ".0f"), format(-0.5, ".0f"))
print(format(0.5, "%"), format(0.12345, ".1%"), format(1.0, ".0%"), format(-0.001, "%"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(-1e6, ",g"), format(12.5, "010.2f"))
print(format(3.14159, "+.2f"), format(3.14159, " .2f"), format(-3.14159, "=+10.3f"), format(2.0, "^9.1f") + "|")
print(format(1.5, ""), format(1e16, ""), format(1e-7, ""), format(100.0, ".5"), format(0.0001, ".3"))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "g"), format(float("inf"), "F"))
print(format(float("nan"), "F"), format(float("inf"), "+.2f"), format(float("nan"), "010.1f") + "|")
print("%5.2f|%-8.3e|%+g|%G|%#.0f|%.0e|%r|%s" % (3.14159, 1234.5, 0.5, 1e-10, 3.0, 15000.0, 0.1, 1e16))
print(f"{2/3:.4}", f"{2/3:.4f}", f"{1e-3:e}", f"{1/7:.15g}", f"{100.0:.0e}")
