# removeprefix, removesuffix, expandtabs, translate and maketrans of bytes and bytearray.
for b in (b'Hello World', bytearray(b'a\tbc\td\n\tx'), b''):
    print(b.removeprefix(b'He'), b.removesuffix(bytearray(b'ld')), b.removeprefix(b''))
    print(b.expandtabs(), b.expandtabs(4), b.expandtabs(tabsize=0), b.expandtabs(-1))
    t = bytes.maketrans(b'lo', b'01')
    print(b.translate(t), b.translate(None, b'l'), b.translate(t, delete=b'H'))
x = b'abc'
print(x.removeprefix(b'z') is x, len(bytes.maketrans(b'', b'')), b'x'.maketrans(b'x', b'y')[120])
calls = [
    lambda: b'ab'.removeprefix('a'), lambda: bytearray(b'ab').removesuffix(),
    lambda: b'a\tb'.expandtabs(2**70), lambda: b'a\tb'.expandtabs(None),
    lambda: b'a\tb'.expandtabs(bogus=1), lambda: b'ab'.translate(b'short'),
    lambda: b'ab'.translate(), lambda: b'ab'.translate(None, 'a'),
    lambda: bytes.maketrans(b'ab', b'c'), lambda: bytes.maketrans(b'ab'),
    lambda: bytes.maketrans('ab', 'cd'),
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
