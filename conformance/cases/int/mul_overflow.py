# requires: bigint
x = 3037000499
print(x * x)
y = 3037000500
print(y * y)
print(4294967296 * 4294967296)
print(-4294967296 * 4294967296)
print(123456789123 * 987654321987)
n = 1
i = 1
while i <= 25:
    n = n * i
    i += 1
print(n)
