# Slice assignment and deletion on immutable sequences raise TypeError with CPython's messages.
for obj in [(1, 2, 3), "abc", range(3), b"abc", frozenset([1])]:
    try:
        obj[0:1] = [9]
    except TypeError as e:
        print(type(obj).__name__, "set", type(e).__name__, e)
    try:
        del obj[0:1]
    except TypeError as e:
        print(type(obj).__name__, "del", type(e).__name__, e)
    try:
        obj[::2] = []
    except TypeError as e:
        print(type(obj).__name__, "ext", type(e).__name__, e)
try:
    print({1: 2}[0:1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = 5
    print(n[1:2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    st = {1, 2}
    print(st[:])
except TypeError as e:
    print(type(e).__name__, e)
try:
    None[:] = []
except TypeError as e:
    print(type(e).__name__, e)
