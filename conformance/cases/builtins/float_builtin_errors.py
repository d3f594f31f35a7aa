# requires: float
for v in [None, [1.0], (1,)]:
    try:
        print(float(v))
    except TypeError as e:
        print(type(e).__name__)
try:
    float("one")
except ValueError as e:
    print(type(e).__name__, e)
