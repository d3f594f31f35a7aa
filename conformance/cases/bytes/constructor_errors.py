# requires: float
# Errors from the bytes constructor.
tests = [
    lambda: bytes(-1),
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes('x'),
    lambda: bytes(['a']),
    lambda: bytes(1.5),
    lambda: bytes(None),
    lambda: bytes([1.0]),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
