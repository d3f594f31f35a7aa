# min/max return the first of equal items, use key and default, and accept any iterable.
# requires: float
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))
print(max("apple", "fig", "kiwi", key=len), min("apple", "fig", "kiwi", key=len))
print(max([1, True, 1.0]), min([0, False, 0.0]), max([True, 1]), min([0.0, 0]))
print(max([], default=None), min((), default="empty"), max([5], default=0), min(iter([]), default=[]))
print(max([3, 1], key=None), min("bca"), max({1: "x", 5: "y"}), min({3, 1, 2}))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -x % 3))
print(max([[1, 2], [1, 3], [0, 9]]), min(["b", "ab", "abc"]), max("a", "B"))
print(max(x * x for x in range(-3, 3)), min(abs(x) for x in range(-3, 3)))
print(max(1, 2, key=lambda x: -x), min(1, 2, 3, key=lambda x: x != 2))
for f, args, kw in [(max, ([1, 2],), {"key": 5}), (min, ([1, 2],), {"bad": 1}),
                    (max, (1,), {"default": 2}), (min, (1, 2), {"default": 0}),
                    (max, ([],), {"key": len}), (min, (None, None), {}), (max, ([], []), {"default": 1})]:
    try:
        print(f(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    max([1, 2], key=lambda x: 1 // (x - 1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
