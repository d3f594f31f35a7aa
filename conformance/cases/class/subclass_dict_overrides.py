# dict subclass overrides of __setitem__/__getitem__ are bypassed by dict's own methods.
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
d = Upper(a=1)
d["b"] = 2
print(sorted(d.items()))
d.update(c=3)
print(sorted(d.keys()))
print(d["b"], d["B"], d.get("b"), d.get("B"))
print("a" in d, "B" in d)
d.setdefault("e", 5)
print(sorted(d))
print(type(d).__name__, isinstance(d, dict), d == {"a": 1, "B": 2, "c": 3, "e": 5})
print(type(d.copy()).__name__, type(dict(d)).__name__, type(d | {}).__name__)
class Counter(dict):
    def __missing__(self, k):
        return 0
    def add(self, k):
        self[k] = self[k] + 1
c = Counter()
for ch in "banana":
    c.add(ch)
print(sorted(c.items()), c["z"], c.get("z"), "z" in c)
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().keys(), reverse=True))
o = Ordered({1: "a", 3: "c", 2: "b"})
print(list(o), list(o.keys()), [k for k in o])
