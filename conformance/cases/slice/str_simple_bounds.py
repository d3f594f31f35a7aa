# Two-bound slices of str (ASCII and not) with small, negative, out-of-range and None bounds,
# including the whole-string slice, which is the same object for an exact str.
for s in ["hello world", "héllo wörld", "", "x", "ab"]:
    n = len(s)
    rows = []
    for lo in (None, 0, 1, -1, -3, 2, n, n + 5, -n - 5):
        for hi in (None, 0, 2, -1, -4, n, n + 9, -n - 9):
            rows.append(s[lo:hi])
    print(repr(s), rows)
    print(s[:] is s, s[0:] is s, s[:n] is s, s[-n - 1:] is s)


class S(str):
    pass


t = S("subclass text")
print(type(t[:]).__name__, t[:] == t, type(t[2:5]).__name__, t[2:5])
big = "ab" * 1000
print(len(big[10:-10]), big[1:4], big[-3:])
