# requires: unicode
s = "héllo"
print(len(s))
print(s[1])
print(s[-4])
print(s[0], s[4], s[-1])
w = "日本語テキスト"
print(len(w), w[2], w[-1])
e = "a\U0001F600b"
print(len(e), e[2])
print(repr(e[1]) == repr("\U0001F600"))
