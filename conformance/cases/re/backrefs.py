# Backreferences \1..\99 and (?P=name); an unset group never matches.
import re
print(re.match(r"(a)\1", "aa"), re.match(r"(a)?\1", "b"), re.match(r"(a)|\1", "x"))
print(re.findall(r"(\w)\1", "aabbcdd"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\"").group())
print(re.match(r"(a+)b\1", "aabaa"), re.match(r"(a+)b\1", "aaba"), re.match(r"(?i)(a+)\1", "aAA"))
print(re.sub(r"(\w+) \1", r"\1", "the the cat cat sat"))
for p in [r"(a)\2", r"\1(a)", r"(a\1)", r"(?P<n>a)(?P=m)", r"(?P<n>(?P=n))", r"\8"]:
    try:
        re.compile(p)
        print(p, "ok")
    except re.error as e:
        print(p, "error:", e)
