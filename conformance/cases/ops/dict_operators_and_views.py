# dict supports == but not ordering or +; key and item views act like sets, values views do not.
# requires: float
d1 = {"a": 1, "b": 2}
d2 = {"b": 2, "a": 1}
print(d1 == d2, d1 != {"a": 1}, list(d1) == list(d2), d1 == dict(a=1, b=2.0))
for f in [lambda: d1 < d2, lambda: d1 + d2, lambda: d1 > {}, lambda: d1 - d2]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
k = d1.keys()
print(k == {"a", "b"}, k < {"a", "b", "c"}, sorted(k & {"b", "z"}), sorted(k | {"q"}), sorted(k - {"a"}))
print(sorted(k ^ {"a", "x"}), k.isdisjoint({"q"}), {"a", "b"} == k, type(k & set()).__name__)
i = d1.items()
print(("a", 1) in i, sorted(i & {("a", 1), ("b", 3)}), i == {("a", 1), ("b", 2)})
v = d1.values()
print(2 in v, v == v, list(v), d1.values() == d1.values())
try:
    v | {1}
except TypeError as e:
    print(type(e).__name__, e)
d1["c"] = 3
print(sorted(k), len(i), list(v))
