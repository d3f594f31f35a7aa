# Each comprehension form yields its own type, over any iterable source.
# requires: bigint
print(type([x for x in ""]).__name__, type({x for x in ""}).__name__, type({x: 1 for x in ""}).__name__)
print([b for b in b"AB"])
print([k for k in {"b": 1, "a": 2}], [v for v in {"b": 1, "a": 2}.values()])
print([x for x in range(2**64, 2**64 + 3)], [x for x in range(-3, 3, 2)])
print([ch for ch in map(str.upper, "ab")], [p for p in zip("ab", range(2))])
print({n % 3 for n in range(100)} == {0, 1, 2}, sum(x * x for x in range(1000)))
print([[x] * x for x in range(3)], [(x,) for x in "ab"], [{x} for x in range(2)])
print(len([i for i in range(100000)]), sum(1 for _ in range(10000)))
print([x for x in [None, False, 0, "", [], {}] if x is not None])
print([(lambda: x)() for x in range(2)], [str(x) for x in (1,) if False])
print(list({x: x for x in reversed(range(3))}), [*(x for x in "hi")])
