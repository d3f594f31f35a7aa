# requires: complex, float
# complex() construction and basic attributes.
z = complex(1, 2)
print(z, z.real, z.imag, type(z).__name__)
print(complex(), complex(3), complex(0, 1), complex(-1.5, -2))
print(complex('1+2j'), complex(' 3j '), complex('-4'))
print(complex(1, 2) == 1 + 2j, abs(complex(3, 4)), complex(1, 2).conjugate())
print(complex(1, 2) * complex(1, -2), complex(1j, 1))
try:
    complex('1+2 j')
except ValueError as e:
    print(type(e).__name__, e)
try:
    complex('1', 2)
except TypeError as e:
    print(type(e).__name__, e)
