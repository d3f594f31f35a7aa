# requires: unicode
print(len(""))
print(len("abc"))
print(len("héllo"))
print(len("日本"))
print(len("\U0001F600"))
print(len("a\nb"))
print(len("\N{BULLET}" * 10))
