s = "abc"
t = s
t += "d"
print(s, t)
try:
    s[1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
