# Capturing, non-capturing and named groups, and nested groups' numbering.
import re
m = re.match(r"((a)(?:b)(?P<c>c))(d)?", "abc")
print(m.groups(), m.groupdict(), m.re.groups, m.re.groupindex)
m = re.match(r"(?P<x>a)(?P=x)(?P<y>b)(?P=y)?", "aab")
print(m.groups(), m.span("y"))
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk"))
print(re.match(r"(?:a|b)+", "abba").group(), re.match(r"(a|b)+", "abba").group(1))
print(re.match(r"((a)|b)*", "ab").groups(), re.match(r"(?:a|(b))*", "ba").groups())
print(re.match(r"(a*)*b", "aaab").groups(), re.match(r"(a|)+", "aa").groups(), re.match(r"(a*)+", "aa").groups())
