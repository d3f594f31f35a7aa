def r(z):
    return (round(z.real, 10) + 0.0, round(z.imag, 10) + 0.0)
print(r(2 ** 1j))
print(r(1j ** 1j))
print(r((1j) ** 0.5))
print(r(4 ** 0.5j))
print(r((-1) ** 0.5))
print(r((3+4j) ** 0.5))
print(r((1+1j) ** (1-1j)))
print(r(2.0 ** (2+0j)))
print(type(2 ** 1j).__name__)
try:
    0j ** 1j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(0j ** (1+0j))
