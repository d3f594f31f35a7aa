# A zero step is a ValueError for getting, setting and deleting slices of every sequence.
seqs = [[1, 2, 3], (1, 2, 3), "abc", range(3), b"abc", bytearray(b"abc")]
for s in seqs:
    try:
        print(s[::0])
    except ValueError as e:
        print(type(s).__name__, type(e).__name__, e)
    try:
        print(s[1:2:0])
    except ValueError as e:
        print(type(s).__name__, type(e).__name__, e)
a = [1, 2, 3]
try:
    a[::0] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    del a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(0, 5, 0), slice(0, 5, 0).step)
print(a, a[::False or None], a[::1])
