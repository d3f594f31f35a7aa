# Template errors: bad escapes, bad group references and names, with CPython's wording.
import re
for t in [r"\3", r"\g<3>", r"\g<x>", r"\g", r"\g<", r"\g<1", r"\g<>", r"\g<a b>", r"\q", "\\", r"\777", r"\g<-1>", r"\g<99999999999>"]:
    try:
        print(repr(re.sub(r"(?P<name>a)(b)", t, "ab")))
    except re.error as e:
        print(repr(t), "error:", e, "|", e.pos)
    except Exception as e:
        print(repr(t), type(e).__name__, e)
