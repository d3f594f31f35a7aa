lst = [1]
d = {"a": lst, "b": lst}
d["a"].append(2)
print(d)
e = d
e["c"] = 3
print(d)
print(d is e)
