data = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in data:
    print(a, b, c)
for (x, y), z in [((1, 2), 3), ("ab", "c")]:
    print(x, y, z)
