# Checks iterating over dicts and their views in insertion order, and the size-change RuntimeError.
d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print(k, d[k])
for v in d.values():
    print(v, end=" ")
print()
for k, v in d.items():
    print(k + "=" + str(v), end=" ")
print()
d["a"] = 100
print(list(d))
del d["b"]
d["b"] = 20
print(list(d))
for k in d:
    d[k] = d[k] * 2
print(d)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
for k in reversed({"x": 1, "y": 2, "z": 3}):
    print(k, end=" ")
print()
for k in {}:
    print("never")
else:
    print("empty dict done")
