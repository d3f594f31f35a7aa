# Checks that unrecognised backslash escapes keep the backslash in str and bytes literals.
s = "\q\d\w\."
print(s, len(s))
print("\%" == "\\%", "\z" == "\\z")
b = b"\q\d"
print(b, len(b))
print(repr("\ "), len("\ "))
print(repr("\("), repr("\["))
print("C:\Windows" == "C:\\Windows", len("C:\Windows"))
print("\8\9", len("\8\9"))
print(b"\u1234", len(b"\u1234"))
print(repr("\g<1>"))
print([c for c in "a\yb"])
