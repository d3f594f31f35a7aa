# finditer yields Match objects for successive non-overlapping matches, with pos/endpos.
import re
for m in re.finditer(r"(\d+)", "a1 b22 c333"):
    print(m, m.group(1), m.span(), m.pos, m.endpos)
print([m.span() for m in re.finditer("", "ab")])
print([m.span() for m in re.finditer("x*", "axxbx")])
it = re.compile("a").finditer("banana", 2, 5)
print([m.span() for m in it])
print([m.group() for m in re.finditer(r"\w", "x" * 200)][:3], len(list(re.finditer(r"\w", "x" * 200))))
try:
    re.finditer("a", 5)
except TypeError as e:
    print(type(e).__name__, e)
