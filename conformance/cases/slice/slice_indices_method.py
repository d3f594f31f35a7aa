# slice.indices(n) clamps start and stop to n and fills defaults that depend on the step's sign.
# requires: float
cases = [slice(None), slice(None, None, -1), slice(2, 8), slice(-3, None), slice(None, -3),
         slice(-100, 100), slice(100, -100, -1), slice(5, 2), slice(None, None, 3),
         slice(None, None, -3), slice(-1, -10, -2), slice(0, 0, 1), slice(10, None, -1),
         slice(True, False, True), slice(-1, None, -1), slice(None, 3, -1)]
for sl in cases:
    print(sl, sl.indices(6), sl.indices(0), sl.indices(1), len(range(*sl.indices(6))))
print(slice(None, None, -1).indices(0), range(*slice(None, None, -1).indices(4)))
for bad in [-1, 1.5, "3", None]:
    try:
        print(slice(1).indices(bad))
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
for sl in [slice("a"), slice(1, 2, 0), slice(1.0, 2), slice(None, None, 1.0)]:
    try:
        print(sl.indices(5))
    except (TypeError, ValueError) as e:
        print(sl, type(e).__name__, e)
try:
    slice(1).indices()
except TypeError as e:
    print(type(e).__name__, e)
class N:
    def __index__(self):
        return 4
print(slice(N(), None).indices(N()), slice(1, N(), N()).indices(10))
