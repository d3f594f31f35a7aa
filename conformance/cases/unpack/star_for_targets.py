# Checks starred targets in for-loop headers over sequences of differing lengths.
rows = ["abc", "de", "fghi", "j"]
for head, *tail in rows:
    print(head, tail)
for *init, last in rows:
    print(init, last)
for a, *mid, z in ["ab", "xyz", "pqrs"]:
    print(a, mid, z)
records = [("n1", 1, 2, 3), ("n2",), ("n3", 9)]
for name, *nums in records:
    print(name, sum(nums), len(nums))
for (k, *vs), flag in [(("a", 1, 2), True), (("b",), False)]:
    print(k, vs, flag)
total = 0
for *_, v in [(1, 2), (3, 4, 5), (6,)]:
    total += v
print(total)
