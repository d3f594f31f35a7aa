# float.fromhex rounds long mantissas half to even, at full precision, into the subnormal
# range, at the underflow edge and at the overflow edge.
# requires: float
cases = [
    "0x1.00000000000008", "0x1.00000000000018", "0x1.000000000000080000000000000001",
    "0x1.0000000000000fffffffffffffff", "0x1.fffffffffffff8", "0x1.fffffffffffff7ffffffff",
    "0x10000000000000800", "0x10000000000001800", "0x.00000000000000000000000000001",
    "0x1p-1074", "0x1p-1075", "0x1.0000000001p-1075", "0x1p-1076", "0x3p-1076",
    "0x5p-1076", "0x7p-1076", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022",
    "0x0.0000000000000cp-1022", "0x1.ffffffffffffe8p-1023", "0x1.fffffffffffff8p-1023",
    "0x1.fffffffffffff7ffffffffffffffp1023", "0x1.fffffffffffffp1023",
    "0x0.fffffffffffff8p1024", "0x1p1023", "0x1p-2000", "0x123456789abcdef0123456789p-100",
    "0x" + "f" * 300 + "p-1200", "0x" + "0" * 300 + "1p-10", "0x0." + "0" * 270 + "1p1100",
    "0x1" + "0" * 500 + "p-2000", "-0x1.8p1", "0X1.8P1", "0x1p-99999999999999999999",
    "0x0p99999999999999999999", "-0x0.0p0",
]
for s in cases:
    try:
        r = float.fromhex(s)
        print(s[:50], repr(r), r.hex())
    except (ValueError, OverflowError) as e:
        print(s[:50], type(e).__name__, e)
