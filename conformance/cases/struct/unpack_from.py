# unpack_from with offsets, positive and negative.
import struct
data = bytes(range(10))
print(struct.unpack_from('<h', data), struct.unpack_from('<h', data, 4), struct.unpack_from('<h', data, offset=8))
print(struct.unpack_from('<h', data, -2), struct.unpack_from('<h', data, -10))
print(struct.unpack_from('<h', buffer=data, offset=1))
print(struct.unpack_from('', b''), struct.unpack_from('', b'', 0))
for off in [2**70, 9, 10, 11, -1, -11, 'x', 1.0]:
    try:
        print(struct.unpack_from('<h', data, off))
    except Exception as e:
        print(off, type(e).__name__, e)
for args, kw in [((), {}), (('h',), {}), (('h', b'12'), {'bad': 1}), (('h', b'12'), {'format': 'h'})]:
    try:
        struct.unpack_from(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
