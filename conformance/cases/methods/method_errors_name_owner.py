# Argument-count and keyword errors of builtin methods name the class that owns the method.
calls = [
    lambda: b'ab'.upper(1), lambda: bytearray(b'ab').join(), lambda: 'ab'.center(5, bogus=1),
    lambda: frozenset().copy(1), lambda: frozenset().isdisjoint(), lambda: {1: 2}.keys().isdisjoint(),
    lambda: range(3).count(), lambda: range(3).index(bogus=1), lambda: ValueError().add_note(x=1),
    lambda: KeyError().with_traceback(tb=None), lambda: bytes.fromhex(), lambda: (5).bit_count(x=1),
    lambda: (5).__trunc__(1), lambda: (2.5).__ceil__(1), lambda: memoryview(b'a').tolist(1),
    lambda: [].append(), lambda: set().add(), lambda: 'ab'.split(1, 2, 3),
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
