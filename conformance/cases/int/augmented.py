# requires: bigint
x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 7
print(x)
x **= 40
print(x)
x >>= 10
print(x)
x <<= 3
print(x)
x &= 0xFFFF
print(x)
x |= 1
print(x)
x ^= 0xFF
print(x)
