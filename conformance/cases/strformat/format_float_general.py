# format() of floats with 'g', 'G' and no type: switching to exponent form and trailing zeros.
# requires: float
vals = [0.0, -0.0, 1.0, 100.0, 1e15, 1e16, 1e17, 123456789.0, 0.0001, 0.00001, 1.5e-7,
        3.14159265, 1/3, 10.0, 1e-4, 12345.0]
for v in vals:
    print(repr(v), [format(v, s) for s in ["", "g", "G", ".3g", ".3", "#g", "#.3g", ".0g",
                                             "#.0", ".1", ".20g", "10g"]])
print(format(123456.0, "g"), format(1234567.0, "g"), format(1234567.0, ""), format(1234567.0, ".7"))
print(format(1e22, ""), format(1e22, "g"), format(1.0e-5, ""), format(1.0e-5, "g"))
print(format(2.0, ".0"), format(2.0, "#.0"), format(0.5, ".0"), format(25.0, ".1"))
print(str(1e16), format(1e16, ""), format(1e16, ".17"), format(1e16, ".16"))
for v in [float("inf"), float("nan"), float("-inf")]:
    print(format(v, "g"), format(v, "G"), format(v, ""), format(v, "+"), format(v, "#g"))
