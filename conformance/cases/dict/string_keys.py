d = {}
d["a"] = 1
d["a" + "b"] = 2
d["ab"] = 3
print(d)
k = "x" * 3
d[k] = 4
print(d["xxx"])
print("" in d)
d[""] = 0
print(d[""])
print(d)
