# requires: float
# '#' keeps the decimal point even with no digits after it. With no type and a precision,
# fixed notation keeps one digit after the point and switches to scientific one exponent
# earlier than 'g'.
vals = [1e20, 5.0, 0.0, -0.0, 1e-7, 123.0, 1e16, 1.5, 12.0, 0.5, 99.99, 1234.5678]
for spec in ["#", "#.0", "#.1", "#.3", "#.0%", "#.0g", "#.0G", "#g", "#e", "#.0e", "#.0f",
             "#.0F", "#10.0f", "#010.0e", ".0", ".1", ".2", ".3", ".5", "", "g", ".2g"]:
    print(repr(spec), [format(v, spec) for v in vals])
print("%#.0f %#.0e %#.0g %#012.0f %#.3g" % (2.5, 2.5, 2.5, -2.5, 2.0))
