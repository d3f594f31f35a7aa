# A memoryview sliced with a step is not a simple buffer: what takes one refuses it.
s = memoryview(b'abcdefgh')[::2]
tests = [
    ('join', lambda: b''.join([s, b'!'])),
    ('concat', lambda: b'-' + s),
    ('bytearray concat', lambda: bytearray(b'-') + s),
    ('in bytes', lambda: s in b'xaceg'),
    ('find', lambda: b'xaceg'.find(s)),
    ('count', lambda: b'xaceg'.count(s)),
    ('startswith', lambda: b'aceg'.startswith(s)),
    ('split', lambda: b'xacegx'.split(s)),
    ('extend', lambda: bytearray(b'').extend(s)),
    ('decode', lambda: str(s, 'ascii')),
    ('int', lambda: int(s)),
    ('bytes', lambda: bytes(s)),
    ('bytearray', lambda: bytearray(s)),
    ('slice assign', lambda: bytearray(b'xyz').__setitem__(slice(0, 1), s)),
    ('extended assign', lambda: bytearray(b'xyzw').__setitem__(slice(None, None, 1), s)),
    ('contiguous one', lambda: b'-' + s[1:2]),
    ('order', lambda: s < s),
]
for name, f in tests:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
