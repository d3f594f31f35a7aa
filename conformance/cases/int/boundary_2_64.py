# requires: bigint
a = 2 ** 64
print(a)
print(a - 1)
print(a + 1)
print(18446744073709551615 + 1)
print(18446744073709551616 - 1)
print(a * a)
print(a // 3)
print(a % 1000)
