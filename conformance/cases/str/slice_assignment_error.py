s = "hello"
try:
    s[0:2] = "J"
except TypeError as e:
    print(type(e).__name__, e)
print(s)
