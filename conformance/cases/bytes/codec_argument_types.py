# encoding and errors must be str wherever a codec is named, checked before the data.
calls = [
    lambda: bytes('ab', 'utf-8', None),
    lambda: bytearray('ab', 'utf-8', 3),
    lambda: bytes('ab', 'ascii', 'strict'),
    lambda: str(b'ab', None),
    lambda: str(b'ab', 'utf-8', 1.5),
    lambda: str(1, None),
    lambda: str(1, 'utf-8'),
    lambda: 'ab'.encode('utf-8', None),
    lambda: 'ab'.encode(errors=b'x'),
    lambda: b'ab'.decode('utf-8', []),
    lambda: b'ab'.decode(encoding=None),
    lambda: b'ab'.decode('ascii', errors='ignore'),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
