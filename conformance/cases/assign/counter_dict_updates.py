# Checks dict-counting idioms: get with default, setdefault, and += on a missing key raising KeyError.
text = "abracadabra"
c1 = {}
for ch in text:
    c1[ch] = c1.get(ch, 0) + 1
print(sorted(c1.items()))
c2 = {}
for ch in text:
    c2.setdefault(ch, 0)
    c2[ch] += 1
print(c1 == c2)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
c3 = {}
try:
    c3["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
print(c3)
nested = {}
nested.setdefault("a", {}).setdefault("b", 0)
nested["a"]["b"] += 5
print(nested)
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
inv[3] = inv.pop(1)
print(inv)
