# str.split() with no separator collapses runs of any ASCII whitespace and drops the ends.
s = "  one\ttwo \n three\r\nfour\x0bfive\x0csix  "
print(s.split())
print(s.split(None))
for n in (-1, 0, 1, 2, 3):
    print(n, s.split(None, n))
print(s.split(maxsplit=2))
print("".split(), "   ".split(), " \t\n ".split(None, 1))
print("a".split(), " a".split(None, 0), "a ".split(None, 0))
print("  x  y  ".split(None, 1))
print("\x1c\x1d\x1e\x1fa\x1cb".split())
print("a\x00b c".split())
print("word".split(None, 5))
