# Floats that do not fit, and values that are not floats.
import struct
for fmt, x in [('e', 65520.0), ('e', 1e10), ('<e', -1e300), ('f', 1e300), ('>f', -1e39),
               ('e', 'x'), ('f', None), ('d', [1.0]), ('d', 10**400), ('f', b'1')]:
    try:
        print(struct.pack(fmt, x))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(struct.pack('>f', float('inf')), struct.pack('<e', 65519.0))
