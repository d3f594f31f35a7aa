# iter() of an iterator returns it; once exhausted, an iterator stays exhausted.
for src in [[1, 2], (1, 2), "ab", range(2), {1: "a", 2: "b"}, {1, 2}, b"ab"]:
    it = iter(src)
    print(type(src).__name__, iter(it) is it, list(it), list(it), next(it, "done"))
for make in [lambda: map(abs, [-1, -2]), lambda: filter(None, [0, 1, 2]),
             lambda: zip("ab", "cd"), lambda: enumerate("ab"), lambda: reversed([1, 2]),
             lambda: (x for x in range(2)), lambda: iter(int, 1)]:
    it = make()
    if type(it).__name__ == "callable_iterator":
        print("callable", iter(it) is it, next(it), next(it))
        continue
    print(iter(it) is it, list(it), list(it), next(it, "end"))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
g = (x * x for x in range(4))
print(sum(g), sum(g), max(g, default="empty"))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
