# requires: bigint
# chr() reads its argument as a C int: outside that range is an OverflowError, inside it but
# outside range(0x110000) a ValueError.
for n in [0, 65, 0x10FFFF, 0x110000, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**62, -2**62,
          2**63, 2**70, -2**70, True]:
    try:
        print(n, repr(chr(n)))
    except (ValueError, OverflowError) as e:
        print(n, type(e).__name__, e)
for x in [1.5, "a", None]:
    try:
        chr(x)
    except TypeError as e:
        print(type(e).__name__, e)
