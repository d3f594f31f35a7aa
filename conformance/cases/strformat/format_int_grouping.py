# ',' and '_' grouping of ints: thousands for d, groups of four digits for b, o, x and X.
for v in [0, 999, 1000, -1000, 1234567, -1234567890, 10**12]:
    print(format(v, ","), format(v, "_"), format(v, ",d"), format(v, "_d"), format(v, "+,"))
for v in [0, 15, 255, 65535, 65536, -1048575]:
    print(format(v, "_x"), format(v, "_X"), format(v, "#_x"), format(v, "_b"), format(v, "_o"),
          format(v, "#_o"))
print(format(1234567, "15,"), format(1234567, "<15,") + "|", format(1234567, "^15_"))
print(format(1234567, "015,"), format(-1234567, "016,"), format(1234, "010_"))
print(format(255, "#012_x"), format(255, "#011_b"), format(-255, "#013_b"))
print(format(1234, "09,d"), format(1234, "08,d"), format(1234, "07,d"))
for spec in [",x", ",b", ",o", ",X", ",c", "_c", ",_", "_,", ",,", "__"]:
    try:
        print(spec, format(1234, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
