# String methods return new strings and never modify the original; results compare by value.
s = "Hello, World"
results = [s.upper(), s.lower(), s.replace("l", "L"), s.strip("H"), s.center(20),
           s.swapcase(), s.title(), s.zfill(15), s[::-1]]
for r in results:
    print(repr(r))
print(s)
print(s.upper() == "HELLO, WORLD", s.lower() != s, s.replace("x", "y") == s)
t = s
t += "!"
print(s, t, s is not t)
parts = s.split(", ")
print(parts, ", ".join(parts) == s)
print(s.find("World") == s.index("World"), s[s.find("W"):])
u = "abc"
print(u.upper().lower() == u, u.strip() == u, u.center(3) == u)
