for x in (1, "a", None):
    print(x)
for x in [[1, 2], (3, 4)]:
    print(x)
for a, b in [(1, 2), [3, 4], "xy"]:
    print(a, b)
