# requires: float
x = 1.0
x += 0.5
print(x)
x -= 3
print(x)
x *= -2
print(x)
x /= 4
print(x)
x //= 0.5
print(x)
x %= 0.75
print(x)
x **= 2
print(x)
