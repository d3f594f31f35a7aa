# format() of floats with types 'e' and 'E': precision, exponent digits and signs.
# requires: float
for v in [0.0, -0.0, 1.0, 12345.678, -0.000123, 1e100, 1e-100, 9.9999, 5e-324, 1.7976931348623157e308]:
    print(repr(v), [format(v, s) for s in ["e", "E", ".0e", "#.0e", ".2e", ".10E", "+e", " .1e"]])
print(format(9.96, ".1e"), format(9.94, ".1e"), format(-9.96, ".0e"))
print(format(123, "e"), format(-123, ".1E"), format(2**60, "e"))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, "e"), format(v, "E"), format(v, "10.2e") + "|", format(v, "<10E") + "|")
print(format(1234.5, "015.3e"), format(-1234.5, "015.3e"), format(1234.5, "*^15.2E"))
print(format(1.5, ",e"), format(1234567.0, ",.2e"))
