# zfill pads with zeros after any leading sign and never truncates.
samples = ["42", "-42", "+42", "", "-", "+", "abc", "-abc", "3.14", "--1", " -1", "0", "1e5"]
for s in samples:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-3)))
print("12345".zfill(3), "12345".zfill(5), "12345".zfill(6))
print("-0".zfill(4), "+".zfill(3), "-".zfill(1))
print("+-5".zfill(5), "-+5".zfill(5), "x-5".zfill(5))
print(len("7".zfill(100)), "7".zfill(100)[-3:])
for bad in ("5", 5.0, None):
    try:
        "1".zfill(bad)
    except TypeError as e:
        print(type(e).__name__, e)
