# unpack needs a buffer of exactly the format's size.
import struct
for fmt, data in [('i', b'123'), ('i', b'12345'), ('<h', b''), ('', b'x'), ('2s', b'abc')]:
    try:
        print(struct.unpack(fmt, data))
    except struct.error as e:
        print(type(e).__name__, e)
for args in [('h',), ('h', b'12', 1), ()]:
    try:
        struct.unpack(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for data in ['12', 12, None, [1, 2]]:
    try:
        struct.unpack('h', data)
    except TypeError as e:
        print(type(e).__name__, e)
