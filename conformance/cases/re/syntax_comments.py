# (?#...) comments are ignored.
import re
print(re.match("a(?#comment)b", "ab"), re.match("(?#x)a", "a"), re.match("a(?#x)*", "aaa"))
try:
    re.compile("a(?#unterminated")
except re.error as e:
    print(e)
