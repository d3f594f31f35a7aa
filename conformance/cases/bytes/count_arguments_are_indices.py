# Counts and flags of bytes methods are integers: None or a float is refused, a huge one
# overflows; memoryview.tobytes checks its order.
b = b'a\nb l l'
calls = [
    lambda: b.replace(b'l', b'L', None),
    lambda: b.replace(b'l', b'L', 2**70),
    lambda: b.replace(b'l', b'L', 1),
    lambda: b.split(b'l', None),
    lambda: b.rsplit(b' ', 1.5),
    lambda: b.split(maxsplit=10**20),
    lambda: b.splitlines(None),
    lambda: b.splitlines(True),
    lambda: bytearray(b).splitlines(2),
    lambda: memoryview(b).tobytes('F'),
    lambda: memoryview(b).tobytes('x'),
    lambda: memoryview(b).tobytes(1),
    lambda: [3, 1, 2].sort(reverse=2**70),
    lambda: sorted([3, 1, 2], reverse=-1),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
