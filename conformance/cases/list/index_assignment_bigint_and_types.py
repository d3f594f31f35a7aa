# Item assignment and deletion with negative, boolean, __index__ and out-of-range indexes.
# requires: bigint, float
a = [0, 1, 2]
a[-1] = "last"
a[True] = "one"
a[-3] = "first"
print(a)
for i in [3, -4, 2**63, -2**70]:
    try:
        a[i] = 0
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        del a[i]
    except IndexError as e:
        print(type(e).__name__, e)
for i in ["0", 0.0, None, (0,)]:
    try:
        a[i] = 0
    except TypeError as e:
        print(type(e).__name__, e)
del a[False]
print(a)
class I:
    def __index__(self):
        return -1
a[I()] = "via index"
print(a, a[I()])
del a[I()]
print(a)
