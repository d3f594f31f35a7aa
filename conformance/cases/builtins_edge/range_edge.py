# range() with negative steps, empty ranges, indexing, slicing into ranges, membership, equality, and error messages.
r = range(10, -10, -3)
print(list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step, r.index(4), r.count(4), 5 in r, -8 in r)
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), repr(range(0, -5, -1)), str(range(3)))
print(r[1:3], r[::-1], r[::2], r[100:], r[-2:], range(10)[::-3], range(0, 20, 5)[1:-1])
print(range(0) == range(5, 2), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1) == [0], range(3) != range(4))
print(list(range(-3)), list(range(3, 3)), list(range(5, 0)), list(range(0, 10, 20)), len(range(-5, 5, 7)))
print(bool(range(0)), bool(range(-1, 0)), list(range(True, 3)))
print(1.0 in range(3), "1" in range(3), None in range(2), range(3).count(1.0), 3 in range(0, 10, 3), 4 in range(0, 10, 3))
cases = [
    lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(0, 5, 0), lambda: range(1.5), lambda: range("3"),
    lambda: range(0, 5)[5], lambda: range(0)[0], lambda: range(3).index(7), lambda: range(stop=3),
    lambda: range(3)["a"], lambda: range(5)[::0], lambda: range(3)[1.0], lambda: range(3).start.__class__.__name__,
    lambda: range(None),
]
for call in cases:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    range(3).start = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hash(range(0)) == hash(range(5, 5)), hash(range(3)) == hash(range(0, 3, 1)), sorted({range(2): 1, range(0, 2): 2}.values()))
