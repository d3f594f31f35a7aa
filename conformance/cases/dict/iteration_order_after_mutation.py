# Insertion order survives pops, updates and re-insertion; values updated in place keep position.
d = dict.fromkeys("abcde", 0)
d.pop("b")
d["b"] = 1
d["a"] = 2
print(list(d), d)
d.update({"c": 3, "f": 4})
print(list(d))
del d["a"]
d.setdefault("a", 5)
print(list(d.items()))
k = d.popitem()
print(k, list(d))
d[k[0]] = k[1]
print(list(d))
e = {}
for i in range(10):
    e[i] = i
for i in range(0, 10, 2):
    del e[i]
for i in range(0, 10, 3):
    e[i] = "new"
print(e)
f = {x: x for x in range(5)}
f = {k: f[k] for k in reversed(f)}
print(f, list(f.values()))
g = {"z": 1, "y": 2}
g.clear()
g["y"] = 1
g["z"] = 2
print(g, {**g, "y": 9}, dict(sorted(g.items(), key=lambda p: -p[1])))
