# requires: float
t = 0.0
i = 0
while i < 10:
    t += 0.1
    i += 1
print(t)
print(t == 1.0)
print(1e16 + 1)
print(1e16 + 2)
print(0.1 * 0.1)
print(1 - 0.9)
print(3 * 0.1 - 0.3)
