# What the integer codes take: ints, bools and objects with __index__; not floats or str.
import struct
class Seven:
    def __index__(self):
        return 7
class Bad:
    def __index__(self):
        return 'x'
class F:
    def __float__(self):
        return 2.5
print(struct.pack('<h', True), struct.pack('<h', Seven()), struct.pack('<e', Seven()), struct.pack('<f', F()))
print(struct.pack('<d', Seven()))
for v in [1.0, '1', None, b'1', F(), 2**100, -2**100]:
    for c in ['h', '<Q', '>q']:
        try:
            print(c, struct.pack(c, v))
        except Exception as e:
            print(c, type(e).__name__, e)
try:
    struct.pack('h', Bad())
except Exception as e:
    print(type(e).__name__, e)
