# float.hex(): zeros, subnormals, the extremes, ordinary and negative values, inf and nan.
# requires: float
values = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 0.5, 2.0, 3.0, 1e-310, -1e-310,
          5e-324, 2.0 ** -1074, 2.0 ** -1073, 2.0 ** -1023, 2.0 ** -1022,
          2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          -1.7976931348623157e308, 2.0 ** 1023, 123456789.125, 1 / 3, -2 / 3, 1e16,
          float("inf"), float("-inf"), float("nan"), float("-nan")]
for v in values:
    print(repr(v), v.hex(), float.hex(v))
print(type((1.0).hex()).__name__, float.hex.__name__, (2.5).hex.__name__)
