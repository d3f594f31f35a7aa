d = {}
d["é"] = 1
d["e"] = 2
d["E"] = 3
d["ab"] = 4
d["a" + "b"] = 5
print(d)
print(len(d))
print(d["ab"])
