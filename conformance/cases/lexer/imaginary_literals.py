# Checks imaginary number literals with j/J suffix, integer and float forms.
# requires: complex, float
print(1j, 1J, 0j, 2.5j, .5j, 1e2j, 1_0j)
print(type(1j).__name__)
print(1 + 2j, 3 - 4j, -1j)
print((1j) * (1j), 1j ** 2)
print(09j, 00j, 0e0j)
print((2 + 3j).real, (2 + 3j).imag)
print(1j.imag, 1j.real)
print(abs(3 + 4j))
print(1e309j)
for src in ["0x1j", "0b1j", "1jj", "j1", "1_j"]:
    try:
        v = eval(src)
        print(src, "->", v)
    except SyntaxError as e:
        print(src, type(e).__name__)
    except NameError as e:
        print(src, type(e).__name__, e)
