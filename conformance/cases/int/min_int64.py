# requires: bigint
m = -2 ** 63
print(m)
print(-m)
print(abs(m))
print(m // -1)
print(m * -1)
print(m % -1)
print(m - 1)
print(m + m)
