# setdefault inserts None or the default only when the key is missing, and returns the value.
# requires: float
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b"), d.setdefault("c", []), d)
d.setdefault("c", []).append(1)
d.setdefault("c", []).append(2)
print(d)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(d.setdefault(1, "int"), d.setdefault(True, "bool"), d.setdefault(1.0, "float"), d)
for args in [(), (1, 2, 3)]:
    try:
        print(d.setdefault(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d.setdefault([1], 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault("x", default=0)
except TypeError as e:
    print(type(e).__name__, e)
order = {}
order.setdefault("z")
order.setdefault("y", 1)
order.setdefault("z", 2)
print(list(order), order)
