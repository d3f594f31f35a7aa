# Checks augmented assignment crossing into big integers.
# requires: bigint
x = 1
x <<= 100
print(x)
x >>= 99
print(x)
y = 2 ** 62
y += y
print(y)
y *= y
print(y)
y //= 3
print(y)
y %= 1000000007
print(y)
z = -(10 ** 30)
z -= 1
print(z)
z //= 7
print(z)
z &= 0xFFFF
print(z)
w = 99999999999999999999
w ^= w
print(w)
f = 1
for i in range(1, 26):
    f *= i
print(f)
