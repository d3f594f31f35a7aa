d = {"a": 1, "b": 2, "c": 3}
del d["a"]
print(d)
d["a"] = 1
print(d)
del d["b"]
del d["c"]
d["c"] = 3
d["b"] = 2
print(d)
