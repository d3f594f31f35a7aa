d = {"a": 1, "b": 2, "c": 3}
for k in ["a", "b", "c"]:
    del d[k]
print(d, len(d))
d["c"] = 30
d["a"] = 10
print(d)
i = 0
while i < 50:
    d[i] = i
    del d[i]
    i += 1
print(d)
