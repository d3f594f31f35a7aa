# bytes.hex(sep, bytes_per_sep): both by position or keyword, length checked before type.
for b in (b'Hello', bytearray(b'\x01\x02\x03'), memoryview(b'abcd')):
    print(b.hex(), b.hex(':'), b.hex(sep='-'), b.hex(':', 2), b.hex(sep=' ', bytes_per_sep=-2))
for args, kw in [(('',), {}), (({},), {}), (([1],), {}), ((None,), {}), ((1,), {}),
                 ((':', None), {}), ((':', 1.5), {}), ((':', 2**70), {}), ((), {'bogus': 1}),
                 ((':', 1, 2), {})]:
    try:
        print(b'ab'.hex(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
