# Literal characters and escapes: \n \t \x41 \u00e9 \U0001f600 \0 octal, escaped metacharacters.
import re
tests = [(r"\n\t", "\n\t"), (r"\x41\x42", "AB"), (r"\u00e9", "é"), (r"\U0001f600", "\U0001f600"), (r"\0", "\0"),
         (r"\07", "\7"), (r"\101", "A"), (r"\1010", "A0"), (r"\\", "\\"), (r"\.\*\+\?", ".*+?"), (r"\(\)\[\]\{\}", "()[]{}"),
         (r"\a\f\v\r", "\a\f\v\r"), (r"\-\ \#", "- #"), (r"\é", "é"), ("a{", "a{"), ("a{x}", "a{x}"), ("a{1,2", "a{1,2"), ("{}", "{}"), ("]", "]"), ("}", "}")]
for p, s in tests:
    print(repr(p), re.fullmatch(p, s) is not None)
