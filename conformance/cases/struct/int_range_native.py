# Integer range errors in native mode.
import struct
for c in 'bBhHiIlLqQnNP':
    for v in [-2**64, -2**63 - 1, -2**31 - 1, -32769, -129, -1, 128, 256, 32768, 65536,
              2**31, 2**32, 2**63, 2**64]:
        try:
            r = struct.pack(c, v)
            print(c, v, 'ok', r.hex())
        except struct.error as e:
            print(c, v, e)
