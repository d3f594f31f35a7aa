# requires: float, bigint
for n in [2 ** 52, 2 ** 53, 2 ** 53 + 1, 2 ** 54 + 2, 2 ** 63, 10 ** 18, 10 ** 17 + 1]:
    f = float(n)
    print(n, f, int(f), int(f) == n)
