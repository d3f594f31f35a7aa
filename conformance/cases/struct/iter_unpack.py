# iter_unpack walks a buffer record by record.
import struct
it = struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print(list(struct.iter_unpack('<h', b'')))
print(list(struct.Struct('2s').iter_unpack(bytearray(b'abcdef'))))
print(iter(it) is it)
for fmt, data in [('<h', b'123'), ('', b'12'), ('0h', b'')]:
    try:
        struct.iter_unpack(fmt, data)
    except struct.error as e:
        print(type(e).__name__, e)
try:
    struct.iter_unpack('h')
except TypeError as e:
    print(type(e).__name__, e)
