# %a escapes non-ASCII like ascii(); %s, %r and widths count code points, not bytes.
# requires: unicode
s = "caf\xe9"
print("%s|%r|%a" % (s, s, s))
print("[%6s]" % s, "[%-6s]" % s, "[%.3s]" % s, "[%8r]" % s, "[%10a]" % s)
print("%a" % "\u2603", "%a" % "\U0001f600", "%a" % "\n")
print("%a" % ["\xe9", 1], "%a" % {"\xff": None})
print("%a" % 5, "%a" % None, "%a" % "plain")
print("%c" % 0xe9, "%c" % "\u03b1", "[%3c]" % 0x2603)
print(len("%5s" % "\u00e9\u00e9"), len("%-5s|" % "\u03b1"))
print("{:^7}|{:*>4}".format("\u03b1\u03b2", "\xe9"))
print(format("\u00fc", "3"), format("\u00fc\u00fc\u00fc", ".2"))
print("%(\xe9)s" % {"\xe9": "key"})
print("%.2a" % "\xe9")
print("%s" % "\u00e9" * 2)
