# sorted() with key/reverse, stability in both directions, any iterable and its errors.
# requires: float
data = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, reverse=True), sorted(data, key=None))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted(x % 4 for x in range(10)))
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0), sorted([]), sorted(()))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower), sorted([-3, 2, -1], key=abs))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([True, False, 0, 1, -1]), sorted(["", "a", "A", " "]))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
for args, kw in [(([3, 1], len), {}), ((), {}), (([1, "a"],), {}), ((5,), {}),
                 (([1],), {"cmp": None}), (([1, 2],), {"key": 5}), (([1, 2],), {"reverse": "x"}),
                 (([None, None],), {})]:
    try:
        print(sorted(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(sorted([1, 2, 3], key=lambda x: 1 / (x - 2)))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
src = [3, 1, 2]
out = sorted(src)
print(src, out, out is src)
