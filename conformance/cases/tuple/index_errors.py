# Indexing a tuple out of range or with a wrong type raises CPython's errors.
# requires: bigint, float
t = (10, 20, 30)
for i in [3, -4, 100, 2**63, -2**70, "1", 1.0, None, [0], (0,)]:
    try:
        print(repr(i), t[i])
    except (IndexError, TypeError) as e:
        print(repr(i), type(e).__name__, e)
print(t[-1], t[-3], t[True], t[False], t[0:2**70], t[-2**70:1])
try:
    ()[0]
except IndexError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(t[I()], t[I():], (1, 2, 3, 4)[::I()])
