# Exact comparisons between floats and ints at 2**53, 2**63 and 2**64 where floats lose precision.
# requires: float, bigint
for k in [53, 62, 63, 64, 100]:
    f = 2.0 ** k
    n = 2 ** k
    print(k, f == n, f < n + 1, f > n - 1, f == n + 1, f + 1 == f, float(n + 1) == f, n + 1 > f)
big = 2 ** 63 - 1
print(float(big) == 2 ** 63, float(big) > big, big < 9.223372036854776e18)
print(-(2 ** 63) == -9.223372036854776e18, -(2 ** 63) - 1 < -9.223372036854776e18)
print(9007199254740993 > 9007199254740992.0, 9007199254740993 == 9007199254740992.0)
print(sorted([2 ** 53 + 1, 2.0 ** 53, 2 ** 53]), max(2 ** 53 + 1, 2.0 ** 53))
print(0.1 < 1 / 10 + 1e-17, 0.1 == 1 / 10, 3 * 0.1 > 0.3, 0.3 == 3 / 10)
