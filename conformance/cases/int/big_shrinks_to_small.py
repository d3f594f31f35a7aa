# requires: bigint
a = 2 ** 100
b = a - (2 ** 100 - 5)
print(b)
print(b + 1)
print(type(b))
c = (2 ** 70) // (2 ** 68)
print(c)
print(c * 3)
print(2 ** 64 - 2 ** 64)
print(2 ** 64 == 18446744073709551616)
