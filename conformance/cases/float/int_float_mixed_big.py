# requires: float, bigint
print(2 ** 64 + 0.5)
print(10 ** 20 * 1.5)
print(3 ** 40 / 3)
print(2 ** 60 // 1.5)
print(2 ** 60 % 1000.0)
print(2 ** 70 == 2.0 ** 70)
