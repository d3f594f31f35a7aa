# Comprehension targets can unpack: nested tuples, starred names and single-element tuples.
pairs = [(1, "a"), (2, "b")]
print([n for n, _ in pairs], [s * n for n, s in pairs], {s: n for n, s in pairs})
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([(h, t) for h, *t in ["abc", "d", (1, 2)]], [m for *_, m in ["xyz", "pq"]])
print([x for x, in [(1,), [2], "3"]])
print([k for k, v in {"k1": 1, "k2": 2}.items() if v > 1], [i * c for i, c in enumerate("ab")])
print([(a, b) for [a, b] in [[1, 2], "xy"]], [a for (a) in range(2)])
for bad in [[(1, 2, 3)], [1], [(1,)]]:
    try:
        print([a + b for a, b in bad])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = {}
print([d.__setitem__(k, v) for k, v in [("x", 1)]], d)
class Box:
    pass
b = Box()
print([b.attr for b.attr in range(3)], b.attr)
lst = [0, 0]
print([lst[0] for lst[0] in "ab"], lst)
