d = {"a": 1, "b": 2, "c": 3}
d["a"] = 100
print(d)
d["b"] = d["b"] + 1
print(d)
d2 = {"x": 1, "y": 2, "x": 3}
print(d2)
