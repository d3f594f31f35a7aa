# Negation, abs, multiplication and floor division at machine-word boundaries stay exact.
# requires: bigint
for n in [2 ** 31, 2 ** 62, 2 ** 63, 2 ** 64]:
    for v in [n - 1, n, n + 1, -n - 1, -n, -n + 1]:
        print(v, -v, abs(v), v * -1, v // -1, -v // 1, v * v > 0)
m = -(2 ** 63)
print(m // -1, m % -1, divmod(m, -1), m * m, -m - 1, abs(m) - 1)
print((2 ** 63 - 1) + 1, -(2 ** 63) - 1, (2 ** 62) * 2, (2 ** 62) * 4, (2 ** 32) * (2 ** 32))
print(-(2 ** 62) - (2 ** 62), (2 ** 63 - 1) * 2 + 2, (2 ** 64 - 1) & -(2 ** 64))
print(~(2 ** 63 - 1), ~(-(2 ** 63)), -~(2 ** 64), ~-(2 ** 64))
