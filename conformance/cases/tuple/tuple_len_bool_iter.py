# len, truthiness, iteration and builtins over tuples of various sizes and contents.
# requires: float
for t in [(), (0,), (None,), ((),), (False, False), tuple(range(5))]:
    print(repr(t), len(t), bool(t), list(t), sum(1 for _ in t), any(t), all(t))
t = (3, 1, 2)
print(sorted(t), min(t), max(t), sum(t), list(reversed(t)), tuple(reversed(t)), t[::-1])
print(list(enumerate(t)), list(zip(t, "abc")), dict(zip("abc", t)), set(t) == {1, 2, 3})
print(sum((1.5, 2.5)), max(("b", "a")), min(((2, 1), (1, 9))), sorted(("b", "A", "a")))
it = iter(t)
print(next(it), tuple(it), tuple(it))
a, b, c = t
print(a, b, c, (a, b, c) == t)
print(len(((1, 2), (3, 4))), len(tuple("hello")), bool(((),)), not ())
