# requires: float
print(1 + 0.5)
print(3 - 1.0)
print(2 * 1.5)
print(5 / 2.0)
print(5.0 // 2)
print(5 % 1.5)
print(type(2 * 1.0))
print(1 == 1.0, type(1 == 1.0))
x = 10
x /= 4
print(x)
x = 7
x *= 0.5
print(x)
