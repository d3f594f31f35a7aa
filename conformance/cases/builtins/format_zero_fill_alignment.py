# requires: float
# The '0' before the width sets the fill to '0' unless a fill is given; numbers then pad
# after the sign ('=' alignment) unless an alignment is given, strings pad on the right.
for spec in ["<08", ">08", "^08", "=08", "08", "x<08", "*<010", "0<10", "0>10", "0010", "+010",
             " 010", "-010", "#010x", "#<010x", "<08.2f", "^08e", "<08%", "0", "00", "000"]:
    out = []
    for v in [12, -12, 1.5, -1.5, 255]:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), out)
for spec in ["08", "010", "<08", ">08", "^08", "0>10", "0", "00", "x^8", "<010"]:
    print(repr(spec), repr(format("7", spec)), repr(format("ab", spec)))
# Zero fill with '=' alignment is grouped like the digits; a separator never comes first.
for width in range(1, 13):
    print(width, format(1234, "0%d," % width), format(-1234, "+0%d_" % width),
          format(0x4D2, "#0%d_x" % width), format(-1234.5, "0%d,.1f" % width),
          format(1.5e10, "0%d,.1e" % width))
print(format(1234, "=010,"), format(1234, "0=10,"), format(1234, ">010,"), format(1234, "x=10,"))
print(format(float("inf"), "010,"), format(float("-inf"), "012_"), format(float("nan"), "<010"))
