# Checks ** unpacking inside dict displays: merge order, overriding and non-string keys.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b})
print({**b, **a})
print({"y": 0, **a})
print({**a, "y": 0})
print({**a, **b, "x": 100})
print({1: "one", **{2: "two"}, (3,): "tuple"})
print({**{}})
print({**a} == a, {**a} is a)
merged = {**a, **dict(w=5), **dict.fromkeys("ab", 0)}
print(merged)
print(list({**{"b": 1}, **{"a": 2}, **{"b": 3}}.keys()))

class M:
    def keys(self):
        return ("k1", "k2")
    def __getitem__(self, k):
        return k * 2

print({**M()})
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**5}
except TypeError as e:
    print(type(e).__name__, e)
