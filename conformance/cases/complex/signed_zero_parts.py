for re_ in (0.0, -0.0):
    for im in (0.0, -0.0):
        print(repr(complex(re_, im)))
print(-0j, -(0j), 0j * -1, -0.0 + 0j)
print(complex("-0-0j"), complex("-0j"), complex("0-0j"))
z = complex(-0.0, 0.0)
print(z == 0, z.real, z.imag, z.conjugate())
print(1j * 0, -1j * 0)
print(complex(1, -0.0).conjugate())
