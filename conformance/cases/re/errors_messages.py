# re.error messages and positions for malformed patterns.
import re
for p in ["(", ")", "*", "a**", "a{2}{3}", "^*", r"\b*", "[a", "[]", "[z-a]", r"[\d-z]", "(?<x", "(?", "(?P", "(?Px",
          "(?P<>a)", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P<a", "(?#abc", "a{3,2}", r"\x4", r"\777", r"\8",
          r"(a)\2", "\\", "a\\", r"\q", r"\u12", r"\U00110000", r"[\A]", r"[\8]", "(?<=", "((a)", "a)b", "(?z)", "(?<>a)"]:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
