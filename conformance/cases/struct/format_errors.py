# Malformed formats.
import struct
for fmt in ['y', '3', '<3', ' <h', '2 h', '=!', 'h<', '<P', '<n', '>N', '!e e z',
            '99999999999999999999999h', '9999999999999999999h', 'q' * 3 + '%',
            'hh\x00']:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), type(e).__name__, e)
for f in [lambda: struct.pack(1, 1), lambda: struct.pack(), lambda: struct.calcsize(None),
          lambda: struct.calcsize(), lambda: struct.calcsize('h', 'h'), lambda: struct.unpack(b'x', b'')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
