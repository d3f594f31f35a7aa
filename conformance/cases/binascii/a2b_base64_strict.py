# a2b_base64 in strict mode.
import binascii
for data in [b'aGVsbG8=', b'aGVs!bG8=', b'=aGVs', b'aGVsbG8=aa', b'aGVsbG8==', b'aGVsbG8',
             b'aGVsbG8=\n', b'aGVsbA=', b'aGVsbA=a', b'aGVsbA==', b'', b'aGVs=', b'a', b'aGVs\n']:
    try:
        print(repr(data), binascii.a2b_base64(data, strict_mode=True))
    except binascii.Error as e:
        print(repr(data), type(e).__name__, e)
print(binascii.a2b_base64(b'aGVsbG8=', strict_mode=1))
for args, kw in [((), {}), ((b'', 1), {}), ((b'',), {'x': 1}), ((b'',), {'strict_mode': None})]:
    try:
        binascii.a2b_base64(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
