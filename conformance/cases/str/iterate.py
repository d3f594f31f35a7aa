# requires: unicode
for c in "abc":
    print(c)
for c in "":
    print("never")
n = 0
for c in "héllo":
    n += 1
print(n)
for c in "a\tb":
    print(repr(c))
