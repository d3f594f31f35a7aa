# Most bytes and bytearray methods take no keyword arguments; a few name theirs.
calls = [
    lambda: b'Hello'.center(9, bogus=1),
    lambda: bytearray(b'Hello').upper(x=1),
    lambda: b'Hello'.find(b'l', start=1),
    lambda: bytes.fromhex('41', bogus=1),
    lambda: bytearray.fromhex(string='41'),
    lambda: b'a b'.split(sep=b' ', maxsplit=1),
    lambda: b'a\nb'.splitlines(keepends=True),
    lambda: b'ab'.decode(encoding='ascii'),
    lambda: memoryview(b'ab').tolist(bogus=1),
    lambda: memoryview(b'ab').tobytes(order=None),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
