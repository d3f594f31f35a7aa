# pop with and without a default, popitem's LIFO order, and their errors.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("zz", "dflt"), d.pop("zz", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    d.pop(("t", 1))
except KeyError as e:
    print(type(e).__name__, e, e.args)
d.update(x=1, y=2)
print(d.popitem(), d.popitem(), d)
d["b"] = 20
print(d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex, ex.args)
for args in [(), (1, 2, 3)]:
    try:
        print({1: 2}.pop(*args))
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    {1: 2}.popitem(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {1: 2}.pop([1], 0)
except TypeError as ex:
    print(type(ex).__name__, ex)
f = {1: "one", 2: "two"}
while f:
    print(f.popitem())
print(f, {1: 1}.pop(True), {None: 0}.pop(None))
