# float.as_integer_ratio returns the exact reduced fraction of the binary value.
# requires: float, bigint
for x in [0.5, -0.75, 0.1, 1.0, -0.0, 0.0, 3.0, 1e20, 1e-3, 2.0 ** -1074, 1.7976931348623157e308, 1 / 3]:
    n, d = x.as_integer_ratio()
    print(repr(x), n, d, n / d == x, d & (d - 1) == 0)
print((0.1).as_integer_ratio() == (3602879701896397, 36028797018963968))
print(type((2.5).as_integer_ratio()).__name__)
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
n, d = (6.25).as_integer_ratio()
print(n, d, divmod(n, d))
