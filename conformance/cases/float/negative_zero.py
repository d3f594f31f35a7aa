# requires: float
z = -0.0
print(z)
print(repr(z))
print(0.0 == -0.0)
print(-0.0 < 0.0)
print(0.0 * -1)
print(-0.0 + 0.0)
print(-0.0 - 0.0)
print(abs(-0.0))
print(-(0.0))
print(str(-0.0))
