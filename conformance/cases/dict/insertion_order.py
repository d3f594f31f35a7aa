d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d[5] = 4
d[-1] = 5
print(d)
for k in d:
    print(k)
