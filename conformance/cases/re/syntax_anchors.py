# Anchors: ^ $ \A \Z \b \B, at the ends and in the middle of strings.
import re
for p in ["^a", "a$", "^$", r"\Aa", r"a\Z", r"\bfoo\b", r"\Boo\B", r"\b", r"\B", "$", r"\Z"]:
    print(repr(p), [m.span() for m in re.finditer(p, "a foo afoob a\n")], re.search(p, ""))
print(re.findall(r"\b\w", "hi there, you"), re.findall(r"\B\w", "hi there"))
