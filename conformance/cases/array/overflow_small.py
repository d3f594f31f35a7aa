# Out-of-range items of the small integer typecodes.
from array import array
for c in 'bBhHi':
    for v in [-2**70, -2**31 - 1, -32769, -129, -1, 128, 256, 32768, 65536, 2**31, 2**70]:
        try:
            print(c, v, array(c, [v]))
        except OverflowError as e:
            print(c, v, type(e).__name__, e)
