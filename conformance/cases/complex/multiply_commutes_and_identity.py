a = 2 - 3j
b = -1 + 0.5j
print(a * b, b * a, a * b == b * a)
print(a + b == b + a, a * 1 == a, a + 0 == a, a * 1j * -1j == a)
print((a * b) / b == a, a - a)
print(a * a.conjugate(), abs(a) ** 2)
print(1j * 1j * 1j * 1j)
print((a + b) * 2 == 2 * a + 2 * b)
