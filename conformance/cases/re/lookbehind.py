# Lookbehind (?<=...) and (?<!...) of fixed width, seeing before pos.
import re
print(re.findall(r"(?<=\$)\d+", "$10 and 20 and $30"), re.findall(r"(?<!\$)\b\d+", "$10 and 20"))
print(re.search(r"(?<=ab|cd)e", "cde"), re.search(r"(?<=a{2})b", "aab"), re.search(r"(?<=(?:a|b))c", "bc"))
print(re.compile(r"(?<=a)b").search("ab", 1), re.match(r"(?<=a)", "a"), re.search(r"(?<!^)x", "xx").span())
print(re.search(r"(?<=(a))b", "ab").groups(), re.search(r"(?<=\b)a", " a").span())
for p in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<!a*)", r"(?<=a{1,2})b", r"(?<=(a)\1)b", r"(?<=(?P<x>a))b(?P=x)"]:
    try:
        print(p, re.compile(p))
    except re.error as e:
        print(p, "error:", e, e.pos)
