s = "ab" * 5000
print(len(s))
print(s[:6], s[-6:])
print(s[4999:5003])
t = s + s
print(len(t))
print(t == s * 2)
print(("x" * 1000) < ("x" * 1001))
