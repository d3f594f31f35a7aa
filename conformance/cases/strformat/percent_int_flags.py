# %d, %i, %u, %o, %x and %X with the '#', '0', '-', '+' and ' ' flags and widths.
vals = [0, 7, -7, 255, -255, 65535, True, False]
for spec in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "% 05d",
             "%-+6d|", "%- 6d|", "%o", "%#o", "%x", "%#x", "%X", "%#X", "%#06x", "%-#8X|",
             "%+#x", "% #o", "%0-6d|", "%+ d", "%#5o"]:
    print(repr(spec), [spec % v for v in vals])
print("%d%%" % 50, "%x%X" % (171, 171))
print("%3d|%3d|%3d" % (1, 22, 4444))
print("%-3d|%-3x|%-3o|" % (-1, 10, 8))
print("%#o %#x" % (0, 0), "%+o %+X" % (-8, -255))
