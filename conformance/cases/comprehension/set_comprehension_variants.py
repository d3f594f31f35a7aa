# Set comprehensions deduplicate by equality, skip unhashables with errors and ignore order.
print(sorted({x % 5 for x in range(20)}), sorted({c.lower() for c in "AbBa"}))
print({(x, y) for x in range(2) for y in range(2) if x <= y} == {(0, 0), (0, 1), (1, 1)})
print(len({frozenset([x, -x]) for x in range(-2, 3)}), {len(w) for w in ["a", "bb", "cc"]} == {1, 2})
s = {x for x in []}
print(s, type(s).__name__, s == set(), {x for x in range(3)} | {9})
print(sorted({w[0] for w in "the quick brown fox".split()}))
try:
    {[x] for x in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{x} for x in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset({x}) for x in range(2)} == {frozenset({0}), frozenset({1})})
print(sorted({x * y for x in range(4) for y in range(4)}))
print({None for _ in range(3)}, {True for _ in "ab"} == {1}, {0 for _ in ()} == set())
