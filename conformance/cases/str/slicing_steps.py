s = "abcdefghij"
print(s[::2])
print(s[1::2])
print(s[::-1])
print(s[::-2])
print(s[8:2:-1])
print(s[8:2:-3])
print(s[2:8:-1] == "")
print(s[-1:-4:-1])
print(s[::3])
print(s[100:0:-4])
print(s[:-100:-1])
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
