# tuple.count and tuple.index argument errors and misses use CPython's messages.
# requires: float
t = (1, 2, 3, 2)
tests = [lambda: t.count(), lambda: t.count(1, 2), lambda: t.index(), lambda: t.index(9),
         lambda: t.index("2"), lambda: t.index(2, 4), lambda: t.index(1, 1, 3),
         lambda: t.index(2, "a"), lambda: t.index(2, 0, None), lambda: t.index(1, 2, 3, 4),
         lambda: t.count(x=1), lambda: ().index(0), lambda: t.append(4), lambda: t.sort(),
         lambda: tuple.count(), lambda: tuple.index([1], 1)]
for f in tests:
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(t.count(2), t.count(2.0), t.count(True), t.count(None), t.index(2), t.index(2, 2))
print(t.index(2, -1), t.index(3, -3, -1), t.index(1, -100, 100), t.index(2, True))
print(((1,), [1]).count([1]), ((),).index(()), ("a", "b").index("b"))
