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
for f in (lambda: b.center(2**70), lambda: bytearray(b).zfill(-2**70), lambda: b.ljust(3.0),
          lambda: b'ab'.hex(':', 0), lambda: b'ab'.hex(':', -1), lambda: (5).bit_length(1),
          lambda: bytearray(b).clear(1), lambda: memoryview(b).toreadonly(1),
          lambda: 'x%s' % b'ab', lambda: 'x' % bytearray(b'a'),
          lambda: compile('1', 's', 'eval', None), lambda: compile('1', 's', 'eval', 3),
          lambda: compile('1', 's', 'eval', 0, 0, 3), lambda: compile('1', 's', 'eval', 0, 2**70)):
    try:
        r = f()
        print(r if not hasattr(r, 'co_name') else 'code')
    except Exception as e:
        print(type(e).__name__, e)
