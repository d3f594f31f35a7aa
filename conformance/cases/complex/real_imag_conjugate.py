z = 3 - 4j
print(z.real, z.imag, type(z.real).__name__)
print(z.conjugate(), z.conjugate().conjugate())
print((1j).real, (1j).imag, (1j).conjugate())
print((5).real, (5).imag, (5).conjugate())
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(True.real, True.imag)
print(z * z.conjugate())
try:
    z.real = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    z.imag = 1
except AttributeError as e:
    print(type(e).__name__, e)
