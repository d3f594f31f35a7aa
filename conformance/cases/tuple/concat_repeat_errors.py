# Tuple + and * accept only tuples and ints, with CPython's error messages.
# requires: float, bigint
t = (1, 2)
for op in [lambda: t + [3], lambda: t + "3", lambda: t + None, lambda: [3] + t, lambda: t * 1.0,
           lambda: t * "2", lambda: "2" * t, lambda: t * (1,), lambda: t * None, lambda: t - t,
           lambda: t * (2**100)]:
    try:
        print(op())
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(t * 0, t * -3, 0 * t, t * True, False * t, () * 10, (None,) * 3)
print(t + (), () + t, (t + t)[1:3], t * 2 == t + t)
try:
    print(() * (2**100))
except OverflowError as e:
    print(type(e).__name__, e)
print((() + ()) * 5)
class I:
    def __index__(self):
        return 2
print(t * I(), I() * ("x",))
