# format() and f-string specs for ints: bases, alternate forms, padding, signs and grouping.
# requires: bigint, float
n = 255
print(format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"), format(n, "d"))
print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"))
print(format(-n, "x"), format(-n, "#x"), bin(-5), oct(-8), hex(-255))
print(format(n, "08b"), format(n, "#010x"), format(-42, "06d"), format(42, "+d"), format(42, " d"))
print(format(1234567, ","), format(1234567, "_"), format(0xFFFFFFFF, "_x"), format(-1234567, ",d"))
print(format(42, "<6") + "|", format(42, ">6"), format(42, "^6") + "|", format(-42, "=6"))
print(format(42, "*^9"), format(42, "0>5"), f"{7:03}", f"{-7:03}")
print(format(65, "c"), format(10 ** 20, ","), format(-(2 ** 70), "x"))
print(f"{n:{'>'}{8}}", f"{n!r:>6}", "{:+,}".format(10 ** 9), "{0:b}{0:o}".format(9))
print(format(True, "d"), format(False, "#x"), format(3, ""), format(3, "n"))
print(format(5, "e"), format(5, "f"), format(5, "%"), format(5, ".2f"))
for spec in ["s", ".2d", "z", "#c"]:
    try:
        print(format(5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
