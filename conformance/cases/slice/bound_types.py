# Slice bounds must be ints or None (bools count as ints); other types raise TypeError.
# requires: float
a = list(range(10))
s = "abcdefghij"
t = tuple(a)
print(a[True:], s[:True], t[False::True], a[None:None:None], range(10)[True::True])
print(a[-True:], s[::-True], t[True:-True])
for bad in ["1", 1.0, [1], (1,), len]:
    for seq in [a, s, t, range(10)]:
        try:
            print(seq[bad:])
        except TypeError as e:
            print(type(seq).__name__, type(e).__name__, e)
for bad in [1.5, "2"]:
    for seq in [a, s, t, range(10)]:
        try:
            print(seq[::bad])
        except TypeError as e:
            print(type(seq).__name__, type(e).__name__, e)
try:
    a["x":"y"] = []
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a[:1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::2.0] = [1]
except TypeError as e:
    print(type(e).__name__, e)
print(a)
