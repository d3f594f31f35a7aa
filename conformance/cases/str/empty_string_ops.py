e = ""
print(repr(e + e), repr(e * 5), len(e))
print(repr(e[:]), repr(e[::-1]), repr(e[5:10]))
print(e == "", e < "a", "" in e)
for c in e:
    print("never")
print(bool(e), not e)
