# Checks range with empty, negative, stepped and reversed arguments, plus len, indexing and membership.
print(list(range(0)), list(range(-3)), list(range(5, 5)), list(range(5, 0)))
print(list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(-5, 5, 4)))
print(list(range(3, -4, -2)), list(range(-1, -6, -1)))
r = range(2, 20, 3)
print(len(r), r[0], r[-1], r[2], r[-2])
print(r[1:3], r[::-1], r[::2], list(r[::-2]))
print(11 in r, 12 in r, -1 in r, 20 in r)
print(r.index(14), r.count(5), r.count(6))
print(len(range(0, 10, -1)), len(range(10, 0, -1)), len(range(-10, 10, 7)))
print(range(3) == range(0, 3), range(0) == range(5, 1), range(1, 4, 2) == range(1, 5, 2))
print(list(reversed(range(1, 10, 4))))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)))
big = range(0, 10 ** 12, 7)
print(len(big), big[-1], 10 ** 12 - 5 in big)
print(range(5).start, range(5).stop, range(5).step)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)))
print(sum(range(101)), max(range(-5, 0)), min(range(3, 9)))
