# requires: bigint
a = 2 ** 100
b = 2 ** 100 + 1
print(a < b, a > b, a == b, a != b)
print(a == 2 ** 100)
print(-a < 5)
print(-a < -b)
print(5 < a)
print(a <= a, a >= b)
print(2 ** 64 > 2 ** 63)
print(-(2 ** 64) < -(2 ** 63))
