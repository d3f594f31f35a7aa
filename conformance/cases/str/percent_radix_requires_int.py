# requires: float, bigint
# %x, %X and %o take only ints; %d, %i and %u truncate a float toward zero.
for spec in ["%x", "%X", "%o", "%d", "%i", "%u", "%#x", "%.3d", "%05d"]:
    for v in [3.5, -3.5, 1.0, 2.0**70, True, float("inf"), float("nan"), "5", None]:
        try:
            print(spec, repr(v), repr(spec % v))
        except (TypeError, ValueError, OverflowError) as e:
            print(spec, repr(v), type(e).__name__, e)
