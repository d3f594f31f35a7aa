# requires: unicode
print("Hello World".upper())
print("Hello World".lower())
print("123abc!".upper())
print("".upper())
print("ÉCOLE".lower())
s = "Mixed"
s.upper()
print(s)
