# Integer range errors in the standard modes.
import struct
for p in '<>=!':
    for c in 'bBhHiIlLqQ':
        for v in [-2**64, -2**63 - 1, -2**31 - 1, -32769, -129, -1, 256, 65536, 2**32, 2**63, 2**64]:
            try:
                r = struct.pack(p + c, v)
                print(p + c, v, 'ok', r.hex())
            except struct.error as e:
                print(p + c, v, e)
