# float() of bytes, bytearray, memoryview and their subclasses: ASCII whitespace only, no
# foreign digits, underscores as in str, errors showing repr() of the argument, and a
# TypeError for a non-contiguous view; str subclasses' own __repr__ shows in the error.
# requires: float
for t in [b"1.25", bytearray(b" -3 "), memoryview(b"2.5"), memoryview(b"x1.5y")[1:4],
          b"\t\n\x0b\x0c\r1.5\x0b", b"1e5", b"1_0", b" nan\n", b"-Infinity", b"", b" ",
          b"abc", bytearray(b"x"), b"\x1c1.5", b"\xa01.5", b"\x85 1", b"\xc2\xa01", b"\xff",
          b"\xd9\xa1", b"1.5\x00", b"1__0", b"0x10", memoryview(b"  12_5  "),
          bytearray(b"+.5e-3"), "1.e5", ".e5", "1e+-5", "1_e5", "0_0.0_0e0_0", "\u06f1\u06f5",
          "1.5\u2003", "\u2003", "\x1c1.5", "+-inf"]:
    shown = "memoryview" if isinstance(t, memoryview) else repr(t)
    try:
        print(shown, repr(float(t)))
    except ValueError as e:
        print(shown, "ValueError", e)
class S(str):
    def __repr__(self):
        return "S-repr"
class B(bytes):
    def __repr__(self):
        return "B-repr"
for t in [S("x"), B(b"x")]:
    try:
        float(t)
    except ValueError as e:
        print(e)
print(float(B(b"3.5")), type(float(B(b"3.5"))).__name__, float(S(" 7 ")))
try:
    float(memoryview(b"1.5x")[::2])
except TypeError as e:
    print("TypeError", e)
try:
    float(memoryview(b"zz"))
except ValueError as e:
    print("ValueError", str(e).split("<")[0])
