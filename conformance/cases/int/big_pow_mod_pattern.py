# requires: bigint
# last digits of big powers
print(2 ** 1000 % 1000000)
print(3 ** 500 % 10 ** 12)
print(7 ** 222 // 7 ** 220)
print((2 ** 127 - 1) % 1000007)
print((-(2 ** 127)) % 1000007)
