# %s and %r honour width, precision and the '-' flag; precision truncates after conversion.
vals = ["abc", "", "it's", 42, None, [1, "x"], (1,), {"k": 2}]
for v in vals:
    print("[%s]" % (v,), "[%r]" % (v,))
    print("[%8s]" % (v,), "[%-8s]" % (v,), "[%.2s]" % (v,), "[%.2r]" % (v,))
    print("[%6.3s]" % (v,), "[%-6.3r]" % (v,), "[%.0s]" % (v,), "[%0s]" % (v,))
print("%s|%s|%s" % (True, False, -0))
print("%5s|%-5s|%05s" % ("x", "y", "z"))
print("%r" % "a\nb\t\\")
print("%s" % "a\nb")
print("%.1r" % 'q', "%.10r" % "quoted")
print("%+s|% s|%#s" % ("a", "b", "c"))
print("%s %s" % ("%s", "%%"))
