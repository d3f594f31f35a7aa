# float() parsing: whitespace kinds, signs on inf/nan words, underscores, exponents and bytes.
# requires: float
good = ["\t\n 2.5 \r\n", "+1.5", "-.5e-3", "1_0.2_5", "1e1_0", "1E+05", "0e0", "-0.0", "00012.50",
        "iNfInItY", "+inf", "-nan", "+NaN", ".5", "5.", "1e-400", "1e309", "-1e309",
        "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "9007199254740993"]
for s in good:
    print(repr(s), repr(float(s)))
bad = ["", " ", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "1._5", "1_.5", "1e_5", "infinit",
       "nana", "in f", "0x1p3", "- 1", "1 2", "1,5", "--1", "inf inity"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(float(b"1.25"), float(bytearray(b" -3 ")), float("1" * 400) > 1e399)
