# requires: float
for v in [1.5, 65.0, float("nan")]:
    try:
        print("%c" % v)
    except TypeError as e:
        print(repr(v), type(e).__name__, e)
