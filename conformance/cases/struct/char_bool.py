# The c, ? and x codes.
import struct
print(struct.pack('c', b'a'), struct.pack('3c', b'a', b'b', b'c'))
print(struct.unpack('2c', b'xy'))
print(struct.pack('????', 0, 1, [], 'x'), struct.unpack('3?', b'\x00\x01\x02'))
print(struct.pack('x'), struct.pack('3x'), struct.pack('bxh', 1, 2), struct.pack('<bxh', 1, 2))
print(struct.unpack('xbx', b'\x00\x05\x00'))
for v in [1, b'ab', b'', 'a', bytearray(b'ab')]:
    try:
        struct.pack('c', v)
    except struct.error as e:
        print(type(e).__name__, e)
