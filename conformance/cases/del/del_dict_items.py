# Checks del of dict keys, KeyError reporting and unhashable key errors.
d = {"a": 1, "b": 2, 3: "three", (1, 2): "tuple"}
del d["a"]
print(d)
del d[3]
del d[(1, 2)]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d[42]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d[{}]
except TypeError as e:
    print(type(e).__name__, e)
d = {1: "int"}
del d[True]
print(d)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
d["y"] = 20
print(list(d))
try:
    del d[()]
except KeyError as e:
    print(type(e).__name__, e, repr(e.args))
try:
    del d[""]
except KeyError as e:
    print(type(e).__name__, e)
