# Out-of-range items of the large integer typecodes.
from array import array
for c in 'IlLqQ':
    for v in [-2**70, -2**63 - 1, -1, 2**32, 2**63, 2**64, 2**70]:
        try:
            print(c, v, array(c, [v]))
        except OverflowError as e:
            print(c, v, type(e).__name__, e)
