# Buffers that unpack reads: bytes, bytearray, memoryview, array.
import struct, array
print(struct.unpack('<hh', b'\x01\x00\x02\x00'))
print(struct.unpack('<hh', bytearray(b'\x01\x00\x02\x00')))
print(struct.unpack('<hh', memoryview(b'\x01\x00\x02\x00')))
print(struct.unpack('<h', memoryview(b'\x01\x00\x02\x00')[2:]))
print(struct.unpack('<i', array.array('i', [5])))
print(struct.unpack_from('<h', array.array('h', [1, 2, 3]), 2))
try:
    struct.unpack('<h', memoryview(b'\x01\x00\x02\x00')[::2])
except BufferError as e:
    print(type(e).__name__, e)
m = memoryview(b'ab')
m.release()
try:
    struct.unpack('2s', m)
except ValueError as e:
    print(type(e).__name__, e)
