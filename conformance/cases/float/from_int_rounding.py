# Converting ints to float rounds half to even at 53 bits, for small and very large ints.
# requires: float, bigint
for n in [2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 63 - 1, 2 ** 64 - 1,
          -(2 ** 63) + 1, 10 ** 22, 10 ** 23, 2 ** 1023, 2 ** 1024 - 2 ** 971, 123456789012345678901234567890]:
    f = float(n)
    print(repr(f), int(f) - n)
print(float(2 ** 1024 - 2 ** 970 - 1), float(-(2 ** 1024 - 2 ** 970 - 1)))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(1 + 2 ** 60) == float(2 ** 60), float(3 + 2 ** 60) == float(4 + 2 ** 60))
print(2 ** 53 + 1 + 0.0, 1.0 * (2 ** 53 + 1), (2 ** 53 + 1) / 1)
