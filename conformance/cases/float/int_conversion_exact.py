# int() of floats truncates toward zero and converts huge floats to their exact integer value.
# requires: float, bigint
for x in [0.9, -0.9, 2.5, -2.5, 1e20, -1e20, 1e300, 2.0 ** 100, 5e-324, -0.0, 4503599627370495.5,
          9007199254740993.0, 1.7976931348623157e308, 123456789.987654321]:
    n = int(x)
    print(repr(x), n, type(n).__name__, n == x)
print(int(1e23), int(1e22), int(-1e23) + 10 ** 23)
print(int(0.1 * 3), int(2.9999999999999996), int(2.9999999999999999))
print(int(1e16 + 1), int(-(2.0 ** 63)), int(2.0 ** 64) - 2 ** 64)
print(int(7.0) == 7, int(float(10 ** 15 + 1)), int(-7.9) == -7)
