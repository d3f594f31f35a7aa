# requires: float
d = {}
for k in [0, -1, 1.5, "s", "it's", (1, "a"), None, True, ()]:
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, e, repr(e))
