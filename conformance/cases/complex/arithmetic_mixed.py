a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b)
print(a + 1, 1 + a, a - 1, 1 - a)
print(a + 0.5, 0.5 + a, a * 2, 2 * a, a * 0.5)
print(a * 1j, 1j * 1j, -a, +a)
print(a + True, a * False)
c = 1j
c += 1
c *= 2
c -= 0.5j
print(c)
try:
    a + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1j
except TypeError as e:
    print(type(e).__name__, e)
