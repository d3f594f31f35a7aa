# sum() with start values (positional and keyword), non-numeric starts, the str/bytes refusal, bools and big ints.
# requires: bigint
print(sum([]), sum([], 5), sum([1, 2, 3]), sum(range(101)), sum([1, 2], start=10), sum((x * x for x in range(4)), -14))
print(sum([True, True, False]), type(sum([True])).__name__, sum([], start=True), sum([2 ** 64, 2 ** 64, -1]))
print(sum([[1], [2, 3]], []), sum([(1,), ()], ()), sum([[0]] * 3, [9]), sum(iter([]), []))
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __repr__(self):
        return f"V({self.x})"
print(sum([V(1), V(2)]), sum([V(1)], V(10)), sum([1, 2], V(0)))
cases = [
    lambda: sum(["a", "b"]), lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([], bytearray()),
    lambda: sum([1, "a"]), lambda: sum([[1]]), lambda: sum(5), lambda: sum(), lambda: sum([1], 2, 3),
    lambda: sum([None]), lambda: sum(iterable=[1]),
]
for call in cases:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
total = 0
for chunk in ([1] * 5, [-1] * 3):
    total = sum(chunk, total)
print(total, sum([10 ** 20] * 10) == 10 ** 21, sum(range(-5, 6)), sum({1: "a", 2: "b"}), sum({3, 4}))
