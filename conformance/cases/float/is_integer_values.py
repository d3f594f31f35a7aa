# float.is_integer for integral, fractional, huge, tiny, signed-zero and non-finite values.
# requires: float
inf, nan = float("inf"), float("nan")
for x in [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e300, 1e-300, 2.0 ** 53, 2.0 ** 53 + 1, 4503599627370495.5,
          123456789.0, 0.1 * 10, 0.1 * 3 * 10, inf, -inf, nan, 5e-324, 1.7976931348623157e308]:
    print(repr(x), x.is_integer())
print(float.is_integer(7.0), (7 / 2).is_integer(), (8 / 2).is_integer())
try:
    float.is_integer(7)
except TypeError as e:
    print(type(e).__name__, e)
print([v for v in [x / 4 for x in range(-6, 7)] if v.is_integer()])
