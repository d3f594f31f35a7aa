# Pattern objects: attributes, repr with flags, equality, hashing and use as dict keys.
import re
p = re.compile(r"(?P<a>\w)(\d)", re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
q = re.compile(r"(?P<a>\w)(\d)", re.I | re.M)
print(p == q, p != q, hash(p) == hash(q), {p: "x"}[q])
print(p == re.compile(r"(?P<a>\w)(\d)"), p == r"(?P<a>\w)(\d)")
print(re.compile("a"), re.compile(b"a"), re.compile("a", re.U), re.compile("a", re.A), re.compile(b"a", re.L | re.I))
print(re.compile("x" * 250))
print(re.compile("it's"), re.compile('"'), re.compile("a\nb"))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)
try:
    p < q
except TypeError:
    print("TypeError")
print(type(p).__name__, type(p.match("a1")).__name__, re.Pattern, re.Match)
