# re.search finds the leftmost match anywhere in the string.
import re
for p, s in [(r"\d+", "abc 123 def 45"), ("b", "aaa"), ("$", "abc"), ("^", "abc"), ("c|b", "abc"), (r"x*", "abc")]:
    m = re.search(p, s)
    print(repr(p), repr(s), m, m and m.span())
