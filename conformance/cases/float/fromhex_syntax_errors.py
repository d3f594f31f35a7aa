# float.fromhex: whitespace, signs, the optional 0x, points, exponents, inf/nan spellings,
# and the exact ValueError, OverflowError and TypeError messages.
# requires: float
texts = ["1", "  0x1.8p1  ", "\t\n\v\f\r-1.8\r\n", "+1.", ".8", "-.8p1", "1.8P+1", "1p-1",
         "0x1P0", "0X.1", "00x1", "0x0x1", "0x", "0x.", ".", "", " ", "p1", "0xp1", "1p",
         "1p+", "1p-", "1p1.5", "1 p1", "1_0", "+-1", "-+1", "- 1", "--1", "0x-1", "x1",
         "1\x00", "\xa01", "1\u2003", "g", "1.2.3", "inf", "-inf", "+INF", "Infinity",
         "-iNfInItY", "nan", "-NaN", "+nan", " inf ", "infinit", "infx", "in", "nanx",
         "- inf", "0xinf", "1e5", "0x1p99999999999999999999", "0x1p1024", "-0x1p1024",
         "0x1.ffffffffffffffp1023", "0x1p1023"]
for s in texts:
    try:
        r = float.fromhex(s)
        print(repr(s), type(r).__name__, repr(r))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except TypeError as e:
        print(type(e).__name__, e)
attempt(float.fromhex, 1)
attempt(float.fromhex, b"1")
attempt(float.fromhex, None)
attempt(float.fromhex)
attempt(float.fromhex, "1", "2")
attempt(float.fromhex, string="1")
attempt(float.hex, 1)
attempt(float.hex)
attempt(float.hex, 1.0, 2)
attempt((1.0).hex, 2)
attempt((1.0).hex, x=2)
attempt((1.0).fromhex, "0x1p3")
