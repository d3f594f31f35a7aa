# requires: bigint
a = 2 ** 63
print(a)
print(a - 1)
print(a + 1)
print(-a)
print(-a - 1)
print(-(-a))
print((a - 1) + 1 == a)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
