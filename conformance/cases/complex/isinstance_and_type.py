print(isinstance(1j, complex), isinstance(1, complex), isinstance(1.0, complex))
print(type(1j).__name__, type(1j) is complex, complex.__name__)
print(type(1 + 1j).__name__, type(1j * 1j).__name__, type(abs(1j)).__name__)
print(type((1j).real).__name__, type((1j).conjugate()).__name__)
print(issubclass(complex, object), issubclass(bool, complex))
class MyComplex(complex):
    pass
m = MyComplex(1, 2)
print(m, type(m).__name__, isinstance(m, complex), type(m + 1).__name__)
print(repr(m), m == 1 + 2j)
