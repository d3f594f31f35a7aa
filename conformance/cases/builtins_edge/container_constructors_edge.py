# list/tuple/dict/set/frozenset constructors with odd iterables, bad pair sequences, keywords and exact error messages.
print(list(), list("ab"), list({"k": 1}), list(range(0)), tuple([1]), tuple("xy"), set("aab") == {"a", "b"}, frozenset())
print(dict(), dict([("a", 1), ["b", 2], "cd"]), dict(a=1, b=2), dict({"x": 1}, x=2, y=3), dict([], z=0), dict(zip("ab", "cd")))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), sorted(set([3, 1, 3])), tuple(x * 2 for x in range(3)), list((1,)))
t = (1, 2)
print(tuple(t) is t, list(t) is t, frozenset(frozenset({1})) == {1}, dict(dict(a=1)), list(reversed((1, 2))))
cases = [
    lambda: list(5), lambda: tuple(None), lambda: set(1.0 if False else 7), lambda: dict(5), lambda: dict([1, 2]),
    lambda: dict([(1,)]), lambda: dict([(1, 2, 3)]), lambda: dict(["abc"]), lambda: dict([("a", 1)], [("b", 2)]),
    lambda: dict({1: 2}, **{1: 3}), lambda: set([[1]]), lambda: frozenset([{}]), lambda: dict([([1], 2)]),
    lambda: {**[1]}, lambda: dict(**{"a": 1}, **{"a": 2}), lambda: list([], []), lambda: tuple(iterable=[]),
    lambda: {[]: 1}, lambda: dict.fromkeys(), lambda: dict.fromkeys([[1]]),
]
for call in cases:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class Pairs:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Pairs()), {**Pairs()}, dict(Pairs(), r=1))
class OnlyKeys:
    def keys(self):
        return ["x"]
try:
    dict(OnlyKeys())
except TypeError as e:
    print("TypeError:", e)
d = dict(a=1)
d2 = dict(d)
d2["a"] = 2
print(d, d2, d == dict(d), d is not dict(d))
