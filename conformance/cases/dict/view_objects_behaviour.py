# dict views: len, membership, iteration, reversed, mapping attribute and refusals.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), len(v), len(i), "a" in k, 2 in v, ("b", 2) in i, "b" in i, 1 in k)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(sorted(k), sorted(v), sorted(i), list(zip(k, v)), dict(i) == d)
for op in [lambda: k[0], lambda: v[0], lambda: i[0], lambda: hash(k), lambda: k.add("z"),
           lambda: len(k, 1), lambda: reversed(k, 1)]:
    try:
        print(op())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
d["c"] = 3
print(list(k), list(v), list(i), bool({}.keys()), bool(k))
it = iter(i)
print(next(it))
d["a"] = 100
print(list(it))
del d["c"]
it = iter(k)
d["z"] = 0
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print([x for x in {}.items()], list({}.values()), set({1: 0}.keys()))
print(k.mapping, v.mapping == d, i.mapping is not d)
