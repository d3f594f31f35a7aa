# requires: bigint
for n in [0, 1, -1, 255, -256, 2 ** 31, 2 ** 63 - 1, -(2 ** 63), 10 ** 30]:
    s = str(n)
    print(s, int(s) == n, int(repr(n)) == n)
