z = 1
print(type(z).__name__)
z += 0j
print(z, type(z).__name__)
z *= 2.5
print(z, type(z).__name__)
z **= 2
print(z)
z /= 2j
print(z)
z -= z
print(z, z == 0)
acc = 0
for k in range(1, 5):
    acc += k * 1j ** k
print(acc)
print(type(True + 1j).__name__, True + 1j)
print(type(1j.real + 1).__name__)
