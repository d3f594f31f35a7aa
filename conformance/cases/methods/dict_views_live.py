d = {"a": 1}
k = d.keys()
v = d.values()
d["b"] = 2
for x in k:
    print("key", x)
for x in v:
    print("value", x)
del d["a"]
print(len(k), len(v), "a" in k, "b" in k)
