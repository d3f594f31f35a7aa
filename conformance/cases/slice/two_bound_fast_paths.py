# Two-bound slices (no step) of lists and tuples with small-int or None bounds take a
# shortcut in the VM; every neighbouring case must still behave as the general path does.

items = list(range(8))
tup = tuple(items)

# Loads: every clamp, both kinds of sequence.
for lo in (None, -20, -8, -3, -1, 0, 1, 5, 8, 20):
    for hi in (None, -20, -8, -3, 0, 2, 8, 20):
        assert list(tup[lo:hi]) == items[lo:hi]
        print(lo, hi, items[lo:hi])

# A whole-tuple slice is the tuple itself; a whole-list slice is a copy.
print(tup[:] is tup, tup[0:] is tup, tup[:8] is tup, tup[-8:100] is tup)
copy = items[:]
print(copy is items, copy == items)
print(tup[1:] is tup, tup[:] == tup)

# Bounds that are not small ints: bools, big ints, __index__ objects, None.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n

print(items[True:3], items[False:True], tup[True:])
print(items[-2**70:2**70], tup[2**64:], items[:-2**80])
print(items[Idx(2):Idx(5)], tup[Idx(-3):])
for bad in (1.5, "1", [], 2j):
    try:
        items[bad:2]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        tup[1:bad]
    except TypeError as e:
        print(type(e).__name__, e)

# Other sequences and user classes go the general way with a slice object.
print("abcdef"[1:4], b"abcdef"[-2:], bytearray(b"xyz")[:1], range(10)[2:5])
print(memoryview(b"hello")[1:3].tobytes())


class Seq:
    def __getitem__(self, key):
        return ("get", key)

    def __setitem__(self, key, value):
        print("set", key, value)


class L(list):
    def __getitem__(self, key):
        return ("sub", key)


s = Seq()
print(s[1:2], s[:], s[::], s[None:None])
s[1:] = "v"
print(L([1, 2, 3])[0:1])

# Stores: list values, tuple values, other iterables, self-assignment, growth, shrink.
a = list(range(6))
a[1:3] = ["x"]
print(a)
a[0:0] = (7, 8, 9)
print(a)
a[-2:] = a
print(a)
a[2:4] = range(3)
print(a)
a[5:1] = "pq"
print(a)
a[:] = []
print(a)
a[100:200] = [1, 2]
print(a)
a[True:] = {3: 0}
print(a)
a[Idx(0):Idx(1)] = [0]
print(a)
try:
    a[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a["1":2] = []
except TypeError as e:
    print(type(e).__name__, e)
try:
    tup[0:1] = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[0:1] = "x"
except TypeError as e:
    print(type(e).__name__, e)

# Slice targets in for loops and with statements.
b = [0, 0, 0, 0]
for b[1:3] in [(1, 2), [3]]:
    print(b)
