# Checks iterating tuples, sets of small ints and frozensets, including nested containers.
for t in (1, "two", (3, 4), None):
    print(repr(t))
for x in {3, 1, 2}:
    print(x, end=" ")
print()
print(sorted(x * 2 for x in {5, -1, 3}))
for x in frozenset([7, 8]):
    print(x in {7, 8}, end=" ")
print()
total = 0
for x in {1, 2, 3, 2, 1}:
    total += x
print(total)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
for a, b in ((1, 2), (3, 4)):
    print(a * b, end=" ")
print()
for item in ():
    print("never")
else:
    print("empty tuple done")
print([x for x in sorted({"b", "a", "c"})])
