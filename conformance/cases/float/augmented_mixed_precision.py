# Augmented float operations accumulate rounding, promote ints and keep -0.0 and inf semantics.
# requires: float
x = 0
x += 0.5
x *= 3
x -= 1
x /= 4
print(x, type(x).__name__)
y = 1.0
for _ in range(10):
    y *= 1.1
print(y)
z = -0.0
z += 0.0
print(repr(z))
w = -0.0
w -= 0.0
w *= 1
print(repr(w))
v = 7.0
v //= 2
v %= 2
print(v)
i = float("inf")
i -= 1e308
i *= -1
print(i)
p = 2.0
p **= 0.5
p **= 2
print(p, p == 2.0)
m = 10
m /= 4
print(m, type(m).__name__)
