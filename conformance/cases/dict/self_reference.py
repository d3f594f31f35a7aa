d = {}
d["self"] = d
print(d)
d["x"] = 1
print(d)
e = {"list": []}
e["list"].append(e)
print(e)
l = [{}]
l[0]["l"] = l
print(l)
