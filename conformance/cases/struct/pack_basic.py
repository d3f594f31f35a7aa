# struct.pack and unpack of each integer code in every byte order.
import struct
for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P']:
    data = struct.pack(fmt, 7)
    print(fmt, data, struct.unpack(fmt, data), struct.calcsize(fmt))
for prefix in '<>!=':
    for fmt in 'bBhHiIlLqQ':
        data = struct.pack(prefix + fmt, 100)
        print(prefix + fmt, data, struct.unpack(prefix + fmt, data))
print(struct.pack('<hHiI', -2, 65535, -2**31, 2**32 - 1))
print(struct.unpack('<hHiI', struct.pack('<hHiI', -2, 65535, -2**31, 2**32 - 1)))
print(struct.pack('>q', -2**63), struct.pack('>Q', 2**64 - 1))
print(struct.unpack('>qQ', b'\x80' + b'\x00' * 7 + b'\xff' * 8))
