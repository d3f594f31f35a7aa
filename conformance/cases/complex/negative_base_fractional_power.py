z = (-8) ** (1 / 3)
print(type(z).__name__)
print(round(z.real, 10) + 0.0, round(z.imag, 10) + 0.0)
w = (-1) ** 0.5
print(type(w).__name__, round(w.real, 10) + 0.0, round(w.imag, 10) + 0.0)
v = (-4.0) ** 1.5
print(type(v).__name__, round(v.real, 10) + 0.0, round(v.imag, 10) + 0.0)
print((-8) ** 2.0, type((-8) ** 2.0).__name__)
print((-2) ** -1)
print(pow(-27, 1 / 3).imag > 0)
try:
    print(pow(-8, 1 / 3, 5))
except TypeError as e:
    print(type(e).__name__, e)
