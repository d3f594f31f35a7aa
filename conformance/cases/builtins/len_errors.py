# requires: float
for v in [5, 1.5, None, True]:
    try:
        print(len(v))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__)
