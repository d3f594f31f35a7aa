# enumerate() with negative, huge and __index__ start values, keyword use, laziness, and wrong-type errors.
# requires: bigint
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate([], 3)))
print(list(enumerate("ab", start=10)), list(enumerate(range(3), True)))
print(list(enumerate("ab", 2 ** 64)), list(enumerate("ab", -(2 ** 70)))[1][0] == -(2 ** 70) + 1)
e = enumerate(x * x for x in range(3))
print(next(e), iter(e) is e, list(e), list(e), type(e).__name__)
d = dict(enumerate("xyz"))
print(d, {v: k for k, v in enumerate("abca")})
cases = [
    lambda: enumerate(5), lambda: enumerate("a", "1"), lambda: enumerate("a", 1.0), lambda: enumerate(),
    lambda: enumerate("a", 1, 2), lambda: enumerate("a", begin=1), lambda: enumerate(None), lambda: enumerate("a", None), lambda: enumerate(iterable="xy", start=-1),
]
for call in cases:
    try:
        print(list(call()))
    except TypeError as e:
        print("TypeError:", e)
for i, (a, b) in enumerate(zip("ab", "cd"), 1):
    print(i, a, b)
big = enumerate("abc", 2 ** 62 - 1)
print([n for n, _ in big])
