# Checks augmented assignment producing floats: true division, float operands and negative powers.
# requires: float
x = 7
x /= 2
print(x, type(x).__name__)
x = 6
x /= 3
print(x, type(x).__name__)
x = 2
x **= -1
print(x)
x = 1.5
x += 1
print(x)
x = 10
x -= 0.5
print(x)
x = 7.5
x //= 2
print(x)
x = -7.5
x %= 2
print(x)
x = 1
try:
    x /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 1.0
try:
    x //= 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 3
x *= 0.1
print(x)
try:
    x = 1.0
    x <<= 1
except TypeError as e:
    print(type(e).__name__, e)
