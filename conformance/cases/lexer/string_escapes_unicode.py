# Checks \u, \U and \N{...} escapes in str literals and that bytes literals leave them alone.
# requires: unicode
print(ord("\u00e9"), ord("\u20ac"), ord("\U0001F600"))
print("\u0041\u0042", "\U00000043")
print(len("\u00e9"), len("\U0001F600"))
print("\N{LATIN SMALL LETTER A}", ord("\N{EURO SIGN}"))
print("\N{DIGIT ONE}\N{DIGIT TWO}")
print(len(b"\u0041"), b"\u0041")
print(len(b"\N{DIGIT ONE}"))
print("caf\u00e9" == "café")
for src in [r"'\u12'", r"'\U0011ffff'", r"'\N{NO SUCH NAME AT ALL}'", r"'\N'", r"'\N{'"]:
    try:
        compile(src, "f", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, type(e).__name__)
print(r"\u0041", len(r"\u0041"))
