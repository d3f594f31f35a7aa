# Match objects: group by number and name, groups, groupdict, start/end/span, regs.
import re
m = re.search(r"(?P<key>\w+)=(?P<val>\d+)?(;)?", "x: k=")
print(m, m.group(), m.group(0), m.group(1), m.group("key"), m.group(1, "val", 3))
print(m[0], m["key"], m[2], m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(1), m.end("key"), m.span(2), m.start(3))
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs, bool(m))
for bad in [4, -1, "nope", 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print(repr(bad), "IndexError", e)
    try:
        m.span(bad)
    except IndexError as e:
        print(repr(bad), "IndexError", e)
print(m.group(True), m.group(False))
