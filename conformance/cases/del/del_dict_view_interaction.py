# Checks that dict views reflect deletions and that deleting during view iteration raises RuntimeError.
d = {"a": 1, "b": 2, "c": 3}
keys = d.keys()
vals = d.values()
items = d.items()
del d["b"]
print(list(keys), list(vals), list(items))
print(len(keys), "b" in keys)
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d[k + 10] = v
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
for k in list(d.keys()):
    if k % 2 == 0:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print(type(e).__name__, e)
