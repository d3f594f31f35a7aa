# dict() from mappings, pair iterables, keywords and combinations, and its errors.
print(dict(), dict({}), dict(a=1), dict({"a": 1}, b=2), dict([("a", 1)], a=2))
print(dict(zip("ab", [1, 2])), dict([["k", "v"], ("k2", "v2"), "xy"]), dict(((1, 2),)))
print(dict({1: 2}.items()), dict(enumerate("ab")), dict(dict(a=1)), dict(**{"x": 0}))
src = {"a": [1]}
cp = dict(src)
cp["a"].append(2)
cp["b"] = 0
print(src, cp)
for args, kw in [((1,), {}), (([1],), {}), ((["abc"],), {}), (({}, {}), {}), (([(1,)],), {}),
                 ((None,), {})]:
    try:
        print(dict(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print(dict([("a", 1), ("b", 2, 3)]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(dict({1: 2}, **{1: 3}))
except TypeError as e:
    print(type(e).__name__, e)
print(dict(self=1, other=2), dict([(i, i * i) for i in range(4)]))
