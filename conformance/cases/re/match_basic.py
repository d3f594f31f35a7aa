# re.match anchors at the start; the Match object's repr, span and group.
import re
for p, s in [("a+b", "aaab"), ("a+b", "xaab"), ("", "abc"), ("abc", "ab"), ("a.c", "a\nc"), ("a.c", "abc")]:
    m = re.match(p, s)
    print(repr(p), repr(s), m, m and m.span(), m and m.group())
