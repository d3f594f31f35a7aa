# Grouping, sign, fill and zero padding for float formats, including negative zero and 'z'.
# requires: float
for v in [0.0, -0.0, 1234.5, -1234.5, 1234567.891, -0.001, 1e21]:
    print(repr(v), [format(v, s) for s in [",", "_", ",.2f", "_.1f", "+,.0f", " ,.3f", "+", " ",
                                             "015,.2f", "*^16,.1f", "=+12.1f", ",g", ",.3e"]])
for v in [-0.0, -0.001, -0.4, 0.0, -1.5]:
    print(repr(v), format(v, "z.0f"), format(v, "z.2f"), format(v, "+z.1f"), format(v, "z"),
          format(v, "z.0e"), format(v, "z.0%"), format(v, "zg"))
print(format(1234.5, "n"), format(1234.5, "10n") + "|", format(-0.0, "n"))
for spec in [",n", "_n", "c", "d", "x", "s", "b", "#x", "z,d"]:
    try:
        print(spec, format(1.5, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
