# dict methods with wrong argument counts or unhashable keys raise CPython's TypeErrors.
d = {"a": 1}
tests = [lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.get([1]), lambda: d.get(key="a"),
         lambda: d.keys(1), lambda: d.values(1), lambda: d.items(1), lambda: d.clear(1),
         lambda: d.copy(1), lambda: d[[1]], lambda: d.__getitem__(), lambda: d.__contains__({}),
         lambda: [] in d, lambda: d.__setitem__([], 1), lambda: dict.get(5, 1),
         lambda: dict.keys()]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(d.get("a"), d.get("b"), d.get("b", 0), d.get(("t",), "tuple ok"), d.get(None, "none"))
try:
    del d[{}]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
print(d)
