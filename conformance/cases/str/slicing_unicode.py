# requires: unicode
s = "αβγδε"
print(s[1:3])
print(s[::-1])
print(s[::2])
print(s[-2:])
t = "aé日\U0001F600z"
print(len(t[1:4]))
print(t[::-1][0], t[::-1][-1])
