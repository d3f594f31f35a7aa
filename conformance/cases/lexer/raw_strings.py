# Checks raw string literals: backslashes kept, quote escaping, prefix spellings.
print(r"\n", len(r"\n"))
print(R"\t\x41", len(R"\t\x41"))
print(r"C:\path\to\file")
print(r"\"", len(r"\""))
print(r'\'', len(r'\''))
print(r"\\", len(r"\\"))
print(r"a\
b", len(r"a\
b"))
print(rb"\n", Rb"\x00", bR"\\", BR"x", rB"y", br"z")
print(r"""raw
\ttriple""")
print(r"\u0041", r"\N{DIGIT ONE}")
print(repr(r"\d+\.\d*"))
print(r"" == "", r"abc" == "abc")
for src in [r'r"\"', r'r"abc\"', r'r"\\"', r"ur'x'", r"Rr'x'"]:
    try:
        print(src, repr(eval(src)))
    except SyntaxError as e:
        print(src, type(e).__name__)
