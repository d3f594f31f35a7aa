# requires: float
for x in [2.5, -2.5, 2.9999, -2.9999, 0.1, -0.1]:
    print(x, int(x), x // 1, x % 1)
