# expandtabs pads to the next tab stop, resets the column at newlines, and accepts 0 and negative sizes.
s = "a\tbc\tdef\tg"
for n in (8, 4, 3, 1, 0, -1):
    print(n, repr(s.expandtabs(n)))
print(repr("\t".expandtabs()), repr("\t\t".expandtabs(2)), repr("".expandtabs()))
print(repr("ab\ncd\tx\r1\t2".expandtabs(4)))
print(repr("12345678\tx".expandtabs()), repr("1234567\tx".expandtabs()))
print(repr("x\t".expandtabs(tabsize=5)))
print(repr("no tabs".expandtabs(3)), repr("\t\n\t".expandtabs(2)))
print(len("\t" * 10), len(("\t" * 10).expandtabs(3)))
try:
    "\t".expandtabs(1.5)
except TypeError as e:
    print(type(e).__name__, e)
