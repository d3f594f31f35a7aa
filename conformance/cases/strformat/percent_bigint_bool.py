# % conversions of huge ints and of bools, which are ints for every numeric conversion.
# requires: bigint
big = 2**100
print("%d" % big)
print("%x" % big, "%X" % -big, "%#o" % big)
print("%40d|" % big)
print("%-40d|" % -big)
print("%+d" % big)
print("%050d" % -big)
print("%.35d" % big)
print("%s %r" % (big, -big))
print("%d %i %u" % (True, False, True))
print("%x %o %X" % (True, True, False))
print("%s %r" % (True, False))
print("%5s|%-6r|" % (True, False))
print("%c" % True, repr("%c" % False))
print("%d" % (10**30 // 7))
print("%#x" % (16**20 - 1))
print("%o" % (8**25))
