# max()/min() with iterables vs positional args, key and default, ties, mixed types and every error message.
print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min("hello"), max("b", "a", "c"), max([[1], [1, 0], [0, 9]]))
print(max([], default=None), min((), default="empty"), max([5], default=0), min(iter([]), default=-1))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "c"], key=len), max(1, 2, key=lambda x: -x))
pairs = [(1, "first"), (3, "a"), (3, "b"), (0, "z")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: -p[0]), max(range(-5, 5), key=abs))
print(max(True, 1, 0), min(0, False), max({3: "a", 9: "b"}), max(-2 ** 70, 2, -3), min([2 ** 70, 2 ** 69]))
print(max("abc", "abd", key=None), min([3, 1], key=None), max(x * x for x in range(-3, 2)))
cases = [
    lambda: max([]), lambda: min(()), lambda: max(), lambda: min(5), lambda: max(1, "a"),
    lambda: min([None, 1]), lambda: max(1, 2, default=0), lambda: max([1], foo=1),
    lambda: max([1, 2], key=5), lambda: min([1, 2], 3), lambda: max(iterable=[1]),
    lambda: min(1, 2, 3, key=lambda v: "s" if v == 2 else v),
]
for call in cases:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
print(max(K(2), K(5), K(1)), min([K(2), K(5), K(1)]), max([K(1), K(1)]))
def bad_key(v):
    raise KeyError(v)
try:
    max([4, 5], key=bad_key)
except KeyError as e:
    print("KeyError:", e)
print(max([7], key=bad_key))
