# Every slice of an empty sequence is empty, and empty slices of non-empty ones keep the type.
for e in [[], (), "", b"", range(0), bytearray()]:
    outs = [e[:], e[::-1], e[1:], e[:-1], e[5:10], e[-5:-10:-1], e[::3], e[0:0]]
    print(type(e).__name__, outs)
for s in [[1, 2], (1, 2), "ab", range(2)]:
    print(repr(s[2:]), repr(s[1:1]), repr(s[:0]), repr(s[1:0]), repr(s[0:1:-1]), repr(s[-1:-1]))
a = []
a[:] = []
a[5:] = [1]
print(a)
a[-5:] = []
print(a)
del a[:]
del a[::2]
del a[::-1]
print(a)
a[::-1] = []
a[::2] = ()
print(a, len(a))
print([][::-1] == [], ()[::2] == (), ""[::-1] == "", len(range(0)[::-1]))
print(bool([1][1:]), bool("x"[:1]), not ()[:])
