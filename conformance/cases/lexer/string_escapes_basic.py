# Checks the single-character backslash escapes in string literals via their code points.
s = "\n\t\r\\\'\"\a\b\f\v\0"
print([ord(c) for c in s])
print(len("\n"), len("\\n"), len("\\"))
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print(repr("\a\b\f\v"))
print(repr("tab\there"), repr("nl\nhere"))
print("back\\slash")
print(ord("\0"), ord("\00"), ord("\000"))
print(repr("a\0b"), len("a\0b"))
print("\"" == '"', "\'" == "'")
print(repr('\''), repr("\""), repr("'\""))
print("line1\nline2")
print("col1\tcol2")
