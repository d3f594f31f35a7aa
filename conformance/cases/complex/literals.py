print(1j, 3+4j, 0j, 2.5j, 1e3j, 0.5-2j)
print(type(1j).__name__, type(3+4j).__name__)
print(1J, 10_0j)
print(-1j, +1j, -(3+4j))
print(1 + 2j == complex(1, 2))
print((3+4j).real, (3+4j).imag)
x = 5
print(x + 0j, type(x + 0j).__name__)
