# requires: float
for x in [0.1, 1 / 3, 1e-300, 1.7976931348623157e308, 5e-324, 123.456, -0.0, 2.5e16]:
    s = repr(x)
    print(s, float(s) == x)
