# Repeat counts and whitespace between codes.
import struct
print(struct.pack('3h', 1, 2, 3), struct.calcsize('10i'), struct.calcsize('0i'))
print(struct.pack('h h', 1, 2), struct.pack(' h\th\n', 1, 2), struct.pack('<2b 2h', 1, 2, 3, 4))
print(struct.unpack('2i3b', bytes(11)))
print(struct.calcsize('999999999999999999h'), struct.calcsize('12x'))
print(struct.pack('0h'), struct.unpack('0h', b''))
print(struct.pack(''), struct.unpack('', b''), struct.calcsize(''))
print(struct.pack('10x3s', b'ab'))
