# requires: bigint
# The precision of %d, %i, %u, %x, %X and %o is the minimum number of digits; the sign and
# the '#' prefix come before them, and '0' still pads to the width.
vals = [0, 5, -5, 255, -255, 2**70, True]
for spec in ["%.3d", "%.3i", "%.3u", "%.0d", "%.d", "%+.3d", "% .3d", "%8.3d", "%-8.3d",
             "%08.3d", "%.3x", "%.3X", "%.3o", "%#.4x", "%#.4X", "%#.4o", "%#8.4x",
             "%#08.4x", "%-#8.4x", "%+#.5x", "%#08x", "%#.0o", "%#.0x", "%.10d"]:
    print(spec, [spec % v for v in vals])
print("%*.*d|%-*.*x|" % (8, 4, -5, 8, 4, 255))
print("%(a).3d %(b)#.3o" % {"a": 7, "b": 8})
