# Match.expand fills a template from the match; unmatched groups give ''.
import re
m = re.match(r"(?P<a>\w)(\w)?(x)?", "ab")
print(m.expand(r"\2\1"), m.expand(r"\g<a>-\g<2>-\3!"), m.expand("plain"), m.expand(r"\n"))
mb = re.match(rb"(\w)(\w)", b"ab")
print(mb.expand(rb"\2\1"), mb.expand(rb"[\g<0>]"))
for t in [r"\9", r"\g<z>", r"\q"]:
    try:
        m.expand(t)
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
