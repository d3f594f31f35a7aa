d = {"a": {"b": {"c": 1}}, "l": [1, {"x": 2}]}
print(d)
print(d["a"]["b"]["c"])
d["a"]["b"]["c"] = 42
print(d["a"])
print(d["l"][1]["x"])
d["a"]["new"] = {}
print(d)
