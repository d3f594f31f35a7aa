# ASCII restricts \w, \d, \s and \b to ASCII; str patterns are Unicode by default.
import re
s = "café ٣٤ x\u2003y"
print(re.findall(r"\w+", s), re.findall(r"\w+", s, re.A), re.findall(r"(?a)\w+", s))
print(re.findall(r"\d", s), re.findall(r"\d", s, re.ASCII))
print(re.findall(r"\s", s), re.findall(r"\s", s, re.A))
print(re.findall(r"\bé", "é"), re.findall(r"\bé", "é", re.A), re.findall(r"(?a:\w)\w", "éé aé"))
print(re.compile("x", re.U).flags, re.compile("x", re.A).flags, re.compile(b"x").flags, re.compile("(?a)x").flags)
