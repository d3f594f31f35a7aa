# The sign options '+', '-' and ' ' of int formatting, combined with width, fill and zero padding.
for v in [0, 1, -1, 42, -42, True, False]:
    print(v, [format(v, s) for s in ["+", "-", " ", "+5", " 5", "-5", "+05", " 05", "-05",
                                     "*=+6", "*< 6", "+x", " X", "+#b", " #o", "+,", " _"]])
print(repr(format(-0, "+")), repr(format(0, " ")))
print(repr(f"{7:+^9}"), repr(f"{-7:+^9}"), repr(f"{7:=+9}"))
print(repr(format(-5, "=+8")), repr(format(5, "= 8")))
print(repr(format(-3, "-")), repr(format(3, "-")), repr(format(3, "+0")))
print(repr(format(-3, "+=5")), repr(format(-3, " <5")), repr(format(3, " ^5")))
print(repr(f"{-1234:+_}"), repr(f"{1234: ,}"), repr(f"{0:+#x}"))
