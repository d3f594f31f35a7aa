# A record with every code, packed and unpacked in each mode.
import struct
vals = (b'c', -1, 2, True, -3, 4, -5, 6, -7, 8, -9, 10, 1.5, 2.5, 3.25, b'str', b'pas')
for p in '<>!=':
    fmt = p + 'cbB?hHiIlLqQefd3s4p'
    data = struct.pack(fmt, *vals)
    print(p, struct.calcsize(fmt), data.hex())
    print(struct.unpack(fmt, data) == vals)
fmt = 'cbB?hHiIlLqQnNPefd3s4p'
nv = vals[:12] + (11, 12, 13) + vals[12:]
data = struct.pack(fmt, *nv)
print(struct.calcsize(fmt), data.hex())
print(struct.unpack(fmt, data) == nv)
