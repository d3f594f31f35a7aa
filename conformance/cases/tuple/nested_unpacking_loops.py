# Tuple unpacking in for targets with nesting, starred names and enumerate/zip combinations.
data = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (x, y) in data:
    print(n, x, y)
for i, (n, (x, y)) in enumerate(data, 1):
    print(i, n, x + y)
for first, *rest in [(1, 2, 3), (4,), "xyz"]:
    print(first, rest)
for *init, last in [(1, 2, 3), [9]]:
    print(init, last)
for (a, b), c in zip([(1, 2), (3, 4)], "pq"):
    print(a, b, c)
for [a, b] in [(5, 6)]:
    print(a + b)
for a, (b, *c) in [(1, (2, 3, 4)), (5, "six")]:
    print(a, b, c)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
pairs = {("x", 1): "one", ("y", 2): "two"}
for (name, num), word in sorted(pairs.items()):
    print(name, num, word)
