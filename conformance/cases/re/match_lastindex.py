# lastindex and lastgroup name the last group that closed.
import re
for p, s in [("(a)(b)?", "a"), ("((a)b)", "ab"), ("(a)|b", "b"), ("(?P<x>a)(?P<y>b)", "ab"), ("(?P<x>a(?P<y>b))", "ab"), ("(?:(a)|b)+", "ab"), ("a", "a"), ("(a)(?=(b))", "ab")]:
    m = re.match(p, s)
    print(p, m.lastindex, m.lastgroup, m.groups())
