# requires: unicode
print(repr("héllo"))
print(repr("日本語"))
print(repr("\u2022"))
print(repr("\u00ff\u0100"))
print(repr("\U0001F600"))
print(repr("Ω≈ç√"))
