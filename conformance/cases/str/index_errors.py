s = "abc"
try:
    print(s[3])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[-4])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(""[0])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s["x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
