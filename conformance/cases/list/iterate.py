for x in [3, 1, 2]:
    print(x)
for x in []:
    print("never")
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for x in [[1, 2], [3, 4]]:
    print(x[0] * x[1])
