# center/ljust/rjust with fill characters and widths shorter, equal, and slightly longer than the string.
s = "abc"
for w in (-1, 0, 2, 3, 4, 5, 6, 7):
    print(w, repr(s.center(w)), repr(s.ljust(w, "*")), repr(s.rjust(w, "-")), repr(s.center(w, ".")))
print(repr("ab".center(3)), repr("ab".center(5)), repr("abc".center(4)), repr("abcd".center(5)))
print(repr("".center(3, "x")), repr("".ljust(2, "y")), repr("".rjust(0)))
print(repr("a".center(2, "0")), repr("a".center(4, "0")), repr("ab".center(6, "0")))
for bad in ("", "ab", 5):
    try:
        s.center(9, bad)
    except TypeError as e:
        print(type(e).__name__, e)
