# The Struct class: format, size and its methods.
import struct
s = struct.Struct('<i2s')
print(s.format, s.size, type(s).__name__)
print(struct.Struct(b'>h').format, struct.Struct(format='!H').size)
data = s.pack(5, b'ab')
print(data, s.unpack(data), s.unpack_from(b'x' + data, 1), s.unpack_from(buffer=data))
buf = bytearray(7)
print(s.pack_into(buf, 1, -1, b'zz'), buf)
print(list(s.iter_unpack(data * 2)))
print(repr(struct.Struct), struct.Struct.__name__, struct.Struct.__module__)
print(isinstance(s, struct.Struct), type(s) is struct.Struct)
for args in [(), (5,), ('y',), (None,)]:
    try:
        struct.Struct(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.unpack()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.unpack_from()
except TypeError as e:
    print(type(e).__name__, e)
