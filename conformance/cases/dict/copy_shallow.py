# dict.copy and dict(d) are shallow: nested values are shared, top-level keys are not.
d = {"l": [1], "n": 1, "t": (1, [2])}
c = d.copy()
print(c == d, c is d, c["l"] is d["l"])
c["l"].append(2)
c["n"] = 99
c["new"] = 0
print(d, c)
d["t"][1].append(3)
print(c["t"])
e = dict(d)
f = {**d}
g = {k: v for k, v in d.items()}
d["l"].append("shared")
print(e["l"], f["l"], g["l"])
d.clear()
print(d, len(e), len(f), len(g))
class D(dict):
    pass
x = D(a=1)
print(type(x.copy()).__name__, x.copy())
