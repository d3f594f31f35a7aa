s = {5, -3, 12, 7}
print(min(s), max(s), sum(s), sorted(s), sorted(s, reverse=True))
print(sum(s, 100))
print(min(set("hello")), max(frozenset("hello")))
print(sorted({3.5, 1, 2}))
print(max({(1, 2), (1, 3), (0, 9)}))
print(min({"bb", "a", "ccc"}, key=len))
print(any({0, False}), all({1, True}), all(set()))
try:
    min(set())
except ValueError as e:
    print(type(e).__name__, e)
print(max(set(), default="none"))
