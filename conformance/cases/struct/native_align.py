# Native mode aligns each item to its size; standard modes do not.
import struct
for fmt in ['bhiq', '@bhiq', '=bhiq', '<bhiq', 'bhiq0q', '<bhiq0q', 'c?xP e', 'hd', 'dh',
            'bi', 'bl', 'bL', 'bn', 'bN', 'bP', 'be', 'bf', 'bd', 'b0i', '3si', '3pd', '']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('bhi', 1, 2, 3))
print(struct.pack('<bhi', 1, 2, 3))
print(struct.unpack('bq', bytes(range(16))))
print(struct.pack('bi0q', 1, 2))
