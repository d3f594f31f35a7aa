# pos and endpos: clamped, ^ stays at the real start, $ sees endpos as the end.
import re
p = re.compile("b")
print(p.search("abcb", 2), p.search("abcb", 2, 3), p.search("abcb", -3, 99).span())
m = p.search("abcb", -3, 99)
print(m.pos, m.endpos)
print(re.compile("^b").match("ab", 1), re.compile("^b").search("ab", 1), re.compile("(?m)^b").search("a\nb", 1))
print(re.compile("a$").match("a\nb", 0, 2), re.compile("a$").match("ab", 0, 1))
print(re.compile(r"\bb").search("ab", 1), re.compile("(?<=a)b").search("ab", 1))
print(p.match("abc", 3), p.match("abc", 2, 1), p.findall("bbbb", 1, 3))
for args in [("b", "x"), ("b", 0, None), ("b", 2.0)]:
    try:
        p.match(*args)
    except TypeError as e:
        print("TypeError", e)
