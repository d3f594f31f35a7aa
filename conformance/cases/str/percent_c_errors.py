# requires: bigint
# '%c' takes an int code point or a one-character str. Any int outside range(0x110000), however
# large, is an OverflowError; anything else a TypeError.
for v in [65, 0, 0x10FFFF, 0x110000, -1, 2**31, 2**62, -2**62, 2**70, True, "x", "é"]:
    try:
        print(repr(v), repr("%c" % v), repr("%3c|%-3c" % (v, v)))
    except (OverflowError, TypeError) as e:
        print(repr(v), type(e).__name__, e)
for v in ["", "ab", None, [1]]:
    try:
        print("%c" % (v,))
    except TypeError as e:
        print(repr(v), type(e).__name__, e)
# Zero padding and precision do not apply to %c.
print(repr("%05c" % 65), repr("%.0c" % 65), repr("%-05.3c|" % "z"))
