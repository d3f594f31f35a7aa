# pop, remove and index failures: empty list, out of range and missing values.
# requires: bigint, float
a = []
for t in [lambda: a.pop(), lambda: a.pop(0), lambda: a.pop(-1), lambda: a.remove(1),
          lambda: a.index(1)]:
    try:
        print(t())
    except (IndexError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
a = [10, 20, 30, 20]
for t in [lambda: a.pop(4), lambda: a.pop(-5), lambda: a.pop(2**100), lambda: a.remove(99),
          lambda: a.remove("10"), lambda: a.index(99), lambda: a.index("x"), lambda: a.index(None),
          lambda: a.index(10, 1), lambda: a.index(20, 2, 3), lambda: a.index(30, -1),
          lambda: a.index([1])]:
    try:
        print(t())
    except (IndexError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(a.index(20), a.index(20, 2), a.index(20, -1), a.index(30, -2, 10), a.index(10, -100))
print(a.index(20, 0, 2**80), a.index(10, -2**80))
a.remove(20)
print(a, a.pop(-1), a.pop(0), a)
b = [1, 1.0, True]
b.remove(True)
print(b)
