# int() parsing with base 0 prefixes, explicit-base prefixes, underscores, signs and whitespace.
good = [("0b1010", 0), ("0B11", 0), ("0o777", 0), ("0O7", 0), ("0xdead_beef", 0),
        ("-0x10", 0), ("+0b1", 0), ("0", 0), ("00", 0), ("000_0", 0), ("1_000_000", 0),
        ("0b101", 2), ("0o17", 8), ("0X1f", 16), ("  -42\n", 10), ("\t+7 ", 0),
        ("zz", 36), ("ZZ", 36), ("1_0", 16), ("-0", 10), ("0_7", 8)]
for s, b in good:
    print(repr(s), b, int(s, b))
bad = [("0b102", 0), ("017", 0), ("0x", 16), ("0b", 0), ("1__0", 0), ("_0", 0), ("0_", 0),
       ("0x_", 0), ("0o8", 8), ("- 1", 10), ("1 0", 10), ("++1", 10), ("0b1", 16),
       ("0x10", 8), ("", 0)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
print(int("0x_1f", 16), int("0b_1", 0), int("0o_1_2", 8))
print(int(b"42"), int(b" -7 "), int(bytearray(b"ff"), 16))
try:
    int(b"4x")
except ValueError as e:
    print(type(e).__name__, e)
