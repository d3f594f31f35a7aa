# A dict subclass's __getitem__ serves d[k] but not get(), values(), items() or ** unpacking.
def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "raised", type(e).__name__, e)
class Up(dict):
    def __getitem__(self, k):
        return str(dict.__getitem__(self, k)).upper()
u = Up(a="x", b="y")
show("index", lambda: u["a"])
show("get", lambda: u.get("a"))
show("values", lambda: list(u.values()))
show("items", lambda: list(u.items()))
show("dict()", lambda: dict(u))
show("unpack", lambda: {**u})
show("misc", lambda: (sorted(u), "a" in u, len(u), u == {"a": "x", "b": "y"}))
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)
l = Logged()
l["k"] = 1
l.update(m=2)
l.setdefault("n", 3)
Logged(p=5)
print(l, type(Logged(z=0).copy()).__name__)
class Keys(dict):
    def keys(self):
        return ["only"]
k = Keys(only=1, hidden=2)
show("list", lambda: list(k))
show("dict()", lambda: dict(k))
show("unpack", lambda: {**k})
def f(**kw):
    return sorted(kw)
show("kwargs", lambda: (f(**k), f(**u)))
