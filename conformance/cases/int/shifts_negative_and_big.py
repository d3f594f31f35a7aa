# Right shifts of negatives floor toward minus infinity; big shifts grow and shrink exactly.
# requires: bigint, float
for n in [-1, -2, -3, -5, -8, -9, -(2 ** 64) - 1, -(10 ** 20)]:
    print(n, n >> 1, n >> 3, n >> 64, n >> 200)
print(1 << 0, 1 << 63, 1 << 64, -1 << 64, 3 << 100)
print((1 << 10000) >> 9998, ((1 << 500) + 1) >> 500, (2 ** 200 - 1) >> 199)
print(5 >> 100, 0 << 1000, 0 >> 5)
print(-1 >> 1000, 1 >> 1000, -1 >> 10 ** 10)
print((-(2 ** 100)) >> 99, (-(2 ** 100) - 1) >> 99)
x = 0x123456789ABCDEF0123
print(hex(x >> 4), hex(x << 4), hex((x << 68) >> 68))
print(True << 3, False >> 1, type(True << 1).__name__)
for bad in [lambda: 1 << -1, lambda: 1 >> -5, lambda: (2 ** 70) << -1]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
