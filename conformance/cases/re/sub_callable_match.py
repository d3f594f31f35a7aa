# The callable given to sub gets each Match in order; its exceptions propagate.
import re
seen = []
def f(m):
    seen.append((m.group(), m.span(), m.pos, m.endpos, m.string))
    return str(len(seen))
print(re.sub(r"\w+", f, "aa bb cc", 2), seen)
def g(m):
    raise KeyError("stop")
try:
    re.sub("a", g, "xax")
except KeyError as e:
    print("KeyError", e)
print(re.subn("(a)(b)?", lambda m: repr(m.groups()), "aab"))
