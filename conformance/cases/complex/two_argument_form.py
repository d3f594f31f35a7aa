print(complex(1, 2), complex(0, 1), complex(-1, -1))
print(complex(1.5, -2.5))
print(complex(real=3, imag=4))
print(complex(imag=2))
print(complex(1j, 1j))
print(complex(1+2j, 3+4j))
print(complex(2, 1j))
print(complex(0, 0), complex(0.0, -0.0))
print(complex(True, True))
try:
    complex(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
