# The float codes e, f and d, standard and native.
import struct
for fmt in ['e', 'f', 'd', '<e', '>e', '<f', '>f', '<d', '>d']:
    for x in [0.0, -0.0, 1.0, -2.5, 0.1, 65504.0, float('inf'), float('-inf')]:
        data = struct.pack(fmt, x)
        print(fmt, x, data, struct.unpack(fmt, data))
print(struct.unpack('<e', struct.pack('<e', float('nan'))))
print(struct.pack('<e', 5.960464477539063e-08), struct.pack('<e', 1e-10), struct.pack('<e', -1e-10))
print(struct.pack('<e', 1.00048828125), struct.pack('<e', 1.00146484375))
print(struct.unpack('<4e', b'\xff\x7b\x00\x80\x00\xfc\x55\x35'))
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\x00\x7c'))
print(struct.pack('f', 3), struct.pack('d', True))
print(struct.unpack('<f', struct.pack('<f', 0.1)))
