# Checks enumerate with start values and zip with unequal lengths and strict mode in loops.
for i, ch in enumerate("abc", 1):
    print(i, ch, end=" | ")
print()
print(list(enumerate("xy", start=-2)))
print(list(enumerate([], 5)))
for a, b in zip([1, 2, 3], "ab"):
    print(a, b, end=" ")
print()
print(list(zip()), list(zip([1, 2])), list(zip("ab", "cd", "ef")))
print(list(zip(range(3), range(3), strict=True)))
try:
    for pair in zip([1, 2, 3], [4, 5], strict=True):
        print(pair)
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
e = enumerate("ab")
print(next(e), next(e), next(e, "done"))
