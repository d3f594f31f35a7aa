s = "abc"
c = s[1]
print(c, type(c), len(c))
print(s[0] + s[-1])
print(s[1] == "b")
print(s[1:2] == s[1])
