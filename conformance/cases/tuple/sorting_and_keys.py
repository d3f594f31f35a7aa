# Tuples as sort keys: lexicographic multi-key sorting, negation for descending parts, ties.
people = [("bob", 25, "x"), ("amy", 30, "y"), ("cat", 25, "z"), ("dan", 30, "w"), ("eve", 22, "v")]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: (p[1],), reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "c"), (1,)]), sorted([(), (0,), (0, 0), (-1, 5)]))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: (p[1], p[2])))
pts = [(3, 4), (1, 1), (0, 5), (2, 2)]
print(sorted(pts, key=lambda p: p[0] ** 2 + p[1] ** 2), sorted(pts, key=lambda p: p[::-1]))
print(sorted([(2, None), (1, None)]))
try:
    print(sorted([(1, None), (1, None)]))
    print(sorted([(1, None), (1, 2)]))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(zip("cab", [3, 1, 2])), sorted(enumerate("cab"), key=lambda t: t[1]))
words = ["bb", "a", "ccc", "aa", "b"]
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: (-len(w), w)))
