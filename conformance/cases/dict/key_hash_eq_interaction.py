# Key lookup uses hash then identity or ==; equal numbers of different types are the same key.
# requires: float
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), type(list(d)[0]).__name__)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%r)" % self.v
e = {K(1): "a", K(2): "b"}
print(e[K(1)], K(2) in e, K(3) in e, e.get(K(3)))
e[K(1)] = "replaced"
print(e)
class Same:
    def __hash__(self):
        return 7
s1, s2 = Same(), Same()
f = {s1: 1, s2: 2}
print(len(f), f[s1], f[s2])
nan = float("nan")
g = {nan: 1}
print(g[nan], float("nan") in g, len({float("nan"): 1, float("nan"): 2}))
h = {0: "zero"}
print(h[0.0], h[False], -0.0 in h, {0.0: 1, 0: 2})
print({(1, 2): 1}[(1.0, 2.0)], {frozenset([1]): "fs"}[frozenset({1})])
class Unhash:
    __hash__ = None
try:
    {Unhash(): 1}
except TypeError as ex:
    print(type(ex).__name__, ex)
