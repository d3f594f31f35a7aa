# Comparisons and `in` between strs, including non-ASCII text (code point
# order), empty strings, and str subclasses whose dunders must still run.

words = ["", "a", "ab", "b", "Z", "é", "ée", "z\u00ff", "\u4e2d", "\U0001f600", "a\x00"]
for x in words:
    row = []
    for y in words:
        row.append("".join("1" if r else "0" for r in (x < y, x <= y, x == y, x != y, x > y, x >= y)))
    print(repr(x), " ".join(row))

for x in ["", "a", "é", "ab", "xyz"]:
    print(repr(x), [x in y for y in words], [x not in y for y in words])

s = "".join(["a", "b"])
print(s == "ab", s is "ab" or True, s != "ab", "ab" <= s)


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", other)
        return True

    def __lt__(self, other):
        print("Loud.__lt__", other)
        return False

    def __contains__(self, item):
        print("Loud.__contains__", item)
        return False

    __hash__ = str.__hash__


L = Loud("q")
print(L == "zz", "zz" == L, L < "a", "a" > L, "q" in L, L in "q")

try:
    print("a" < 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 in "a")
except TypeError as e:
    print("TypeError", e)
