# math.pow: C99's special values (1 ** nan is 1), float results for ints, domain and range errors.
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, math.inf, -math.inf, math.nan]
for x in vals:
    print(x, end=": ")
    out = []
    for y in vals:
        try:
            out.append(repr(math.pow(x, y)))
        except Exception as e:
            out.append(type(e).__name__)
    print(" ".join(out))
for x, y in [(2, 10), (2, -2), (10, 400), (10, -400), (-8, 1 / 3), (0, -1), (-2, 0.5), (2, 1075), (2, -1075), (10**20, 2)]:
    show(math.pow, x, y)
show(math.pow, 1, 2, 3)
