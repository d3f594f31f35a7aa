# The s and p codes: fixed-size and Pascal strings.
import struct
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('0s', b'abc'))
print(struct.pack('3p', b'abcdef'), struct.pack('5p', b'ab'), struct.pack('0p', b'x'), struct.pack('1p', b'x'))
data = struct.pack('300p', b'a' * 300)
print(len(data), data[:3])
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'))
print(struct.unpack('4s2s', b'abcdef'), struct.pack('s', bytearray(b'z')))
print(struct.unpack('<h3sh', struct.pack('<h3sh', 1, b'xyz', 2)))
for code in 'sp':
    for v in ['abc', 1, None, memoryview(b'a')]:
        try:
            struct.pack(code, v)
        except struct.error as e:
            print(code, type(e).__name__, e)
