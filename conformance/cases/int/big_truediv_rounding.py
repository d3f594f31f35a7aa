# True division of ints is correctly rounded even when operands exceed the float range.
# requires: bigint, float
print(10 ** 30 / 10 ** 15, (10 ** 400) / (10 ** 399), 2 ** 1100 / 2 ** 1000)
print((2 ** 53 + 1) / 1, (2 ** 53 + 3) / 1, (2 ** 54 + 2) / 2)
print(1 / 3, 2 / 3, -1 / 3, 10 / 4, -7 / 2, 0 / 5, -0 / 5)
print(10 ** 20 / 3, (10 ** 100 + 1) / 10 ** 100, 1 / 10 ** 300, 1 / 10 ** 400)
print(-(10 ** 400) / (10 ** 398), 7 / -(2 ** 70))
print(type(4 / 2).__name__, 4 / 2, True / 2)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((2 ** 5000) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print((2 ** 1024 - 2 ** 971) / 1, (2 ** 1024 - 2 ** 970 - 1) / 1)
try:
    print((2 ** 1024 - 2 ** 970) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(12345678901234567890123 / 1000, 3 ** 50 / 3 ** 48)
