# __missing__ of a dict subclass is used by [] only, not by get, in, pop or setdefault.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c, c.get("z"), c.get("z", -1))
print(len(c), c.pop("z", "no"), c.setdefault("y", 9), c["y"])
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = Auto()
        return v
t = Auto()
t["a"]["b"]["c"] = 1
print(t)
class Raising(dict):
    def __missing__(self, key):
        raise LookupError("custom " + repr(key))
r = Raising(x=1)
print(r["x"])
try:
    r["q"]
except LookupError as e:
    print(type(e).__name__, e)
class Plain(dict):
    pass
try:
    Plain()["k"]
except KeyError as e:
    print(type(e).__name__, e)
class Late(dict):
    pass
l = Late()
Late.__missing__ = lambda self, k: k * 2
print(l["ab"], l.get("ab"))
d = {}
try:
    d.__missing__ = lambda k: "instance attr"
except AttributeError as e:
    print(type(e).__name__, e)
