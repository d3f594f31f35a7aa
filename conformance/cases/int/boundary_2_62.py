# requires: bigint
a = 2 ** 62
print(a)
print(a - 1)
print(a + 1)
print(a * 2)
print(-a)
print(-a - 1)
print(a + a)
print((a + a) // 2 == a)
