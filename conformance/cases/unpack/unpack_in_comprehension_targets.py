# Checks unpacking targets (including starred and nested) in comprehension and loop headers.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([(y, x) for x, y in pairs])
print({y: x for x, y in pairs})
print(sorted({x * 2 for x, _ in pairs}))
print(list(f"{n}{s}" for n, s in pairs))
rows = [(1, 2, 3), (4, 5, 6, 7), (8, 9)]
print([last for *_, last in rows])
print([first for first, *_ in rows])
print([mid for _, *mid, _ in rows])
tree = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in tree])
d = {"k1": [1, 2], "k2": [3, 4]}
print([(k, v0) for k, (v0, v1) in sorted(d.items())])
print([i + v for i, (v, _) in enumerate(pairs)])
for idx, (num, *letters) in enumerate([(1, "x", "y"), (2,)]):
    print(idx, num, letters)
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print(type(e).__name__, e)
