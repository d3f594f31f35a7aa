# round(x) with no ndigits rounds half to even and returns an int; ndigits=0 returns a float.
# requires: float, bigint
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e20, -1e20, 4503599627370497.0, 0.0, -0.0]:
    r = round(x)
    r0 = round(x, 0)
    print(repr(x), r, type(r).__name__, repr(r0), type(r0).__name__)
print(round(1e300) == 10 ** 300, round(1e300) % 10 ** 10, round(1.7976931348623157e308).bit_length())
print(round(2.5, None), round(-2.5, None), type(round(2.5, None)).__name__)
print(repr(round(-0.4)), repr(round(-0.4, 0)), repr(round(0.4, 0)))
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(round(float("inf"), 0)), repr(round(float("nan"), 0)))
