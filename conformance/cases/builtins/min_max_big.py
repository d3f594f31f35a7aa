# requires: bigint, float
print(max(2 ** 64, 2 ** 63, -(2 ** 70)))
print(min(2 ** 64, 2 ** 63, -(2 ** 70)))
print(max(1e20, 10 ** 21))
print(min([2 ** 100, 1.5, 3]))
