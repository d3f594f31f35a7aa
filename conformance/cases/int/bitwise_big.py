# requires: bigint
a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 100 + 2 ** 60 + 3
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(-a & 0xFFFF)
print(-a & b)
print(-a | b)
print(-a ^ -b)
print((2 ** 64 - 1) & -1)
print(~(2 ** 64))
