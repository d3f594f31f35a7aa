# requires: float
print(1 + 2.5)
print(3 * 0.5)
print(10 - 0.25)
print(7 // 2.0)
print(7 % 2.5)
print(2 ** 0.5)
print(type(1 + 1.0))
print(2 ** 53 + 1.0)
