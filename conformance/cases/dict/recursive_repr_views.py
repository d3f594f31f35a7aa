# repr of self-referencing dicts, including through their views and nested containers.
d = {"a": 1}
d["self"] = d
print(d)
print(d.keys(), d.values(), d.items())
e = {"list": []}
e["list"].append(e)
e["tuple"] = (e, [e])
print(e)
f = {}
g = {"f": f}
f["g"] = g
print(f, g)
h = {1: {2: {3: None}}}
h[1][2][3] = h
print(h, str(h) == repr(h))
print(f"{d}", "%s" % (d,), "{}".format(d), len(str(d)))
