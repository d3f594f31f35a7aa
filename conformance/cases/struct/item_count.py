# Too few or too many values for a format.
import struct
for fmt, vals in [('h', ()), ('h', (1, 2)), ('2h', (1,)), ('3s', ()), ('x', (1,)), ('hxh', (1,)),
                  ('3sh', (b'a', 1, 2)), ('', (1,))]:
    try:
        print(struct.pack(fmt, *vals))
    except struct.error as e:
        print(repr(fmt), e)
s = struct.Struct('<hh')
try:
    s.pack(1)
except struct.error as e:
    print(e)
try:
    s.pack_into(bytearray(4), 0, 1)
except struct.error as e:
    print(e)
