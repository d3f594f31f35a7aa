# format() and str.format of ints beyond 64 bits with grouping, prefixes, signs and padding.
# requires: bigint, float
big = 2**90 + 12345
print(format(big, ","), format(-big, "_"))
print(format(big, "x"), format(big, "#_x"), format(-big, "#X"))
print(format(big, "b")[:20], len(format(big, "b")), format(big, "_b")[-14:])
print(format(big, "#o"), format(-big, "+"), format(big, " "))
print(format(big, "40") + "|", format(big, "<40") + "|", format(-big, "^40") + "|")
print(format(-big, "045,"), format(big, "*=+40"))
print(format(big, "e"), format(big, ".3e"), format(big, "g"), format(big, ".0f"))
print(format(-big, "%")[:12], format(big, "n"))
print("{:,} {:_x} {:#b}".format(10**25, 16**18, 2**64))
print(f"{-10**30:,}", f"{10**30:>+35}", f"{2**64:#X}")
print("{0:{1}}".format(10**20, 25))
try:
    format(2**64, "c")
except OverflowError as e:
    print(type(e).__name__, e)
