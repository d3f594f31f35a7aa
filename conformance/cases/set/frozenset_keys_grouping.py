# Equal frozensets hash equally however they were built, so they work as grouping keys.
words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w), []).append(w)
for k in sorted(groups, key=lambda f: sorted(f)):
    print("".join(sorted(k)), groups[k])
a = frozenset([3, 1, 2])
b = frozenset({1, 2}) | {3}
c = frozenset(range(1, 10)) - set(range(4, 10))
d = frozenset((x for x in [2, 3, 1, 3]))
print(a == b == c == d, hash(a) == hash(b) == hash(c) == hash(d))
print(len({a, b, c, d}), len({a: 1, b: 2, c: 3}))
pairs = {frozenset({x, y}) for x in range(4) for y in range(4) if x != y}
print(len(pairs), frozenset({2, 1}) in pairs, frozenset({1}) in pairs)
e = frozenset()
print(hash(e) == hash(frozenset([])), e == set(), {e: "empty"}[frozenset()])
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset({1}) != frozenset({1, 2}))
nested = frozenset({frozenset({1}), frozenset({2, 3})})
print(frozenset({frozenset({3, 2}), frozenset({1})}) == nested, len(nested))
