# requires: bigint
# Format type 'c' of an int: the character with that code. Sign, '#', grouping and precision
# are refused; a code outside range(0x110000) is an OverflowError.
for v in [5, 65, 0x10FFFF, True]:
    for spec in ["c", "5c", "<5c", "^5c", "05c", "=5c", "*>4c"]:
        print(v, repr(spec), repr(format(v, spec)))
for v in [65, -1, 0x110000, 2**62, -2**62, 2**63, -2**63 - 1, 2**70]:
    for spec in ["c", "+c", " c", "-c", "#c", ",c", "_c", ".2c", "zc", "+#c", "z.2c"]:
        try:
            print(v, repr(spec), repr(format(v, spec)))
        except (ValueError, OverflowError) as e:
            print(v, repr(spec), type(e).__name__, e)
