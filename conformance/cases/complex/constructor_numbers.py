print(complex())
print(complex(5), complex(-2))
print(complex(1.5), complex(-0.0))
print(complex(True), complex(False))
print(complex(2j), complex(1+2j))
print(complex(10**20))
print(type(complex(3)).__name__)
class C:
    def __complex__(self):
        return 7+8j
print(complex(C()))
class F:
    def __float__(self):
        return 2.5
print(complex(F()))
class I:
    def __index__(self):
        return 4
print(complex(I()))
try:
    complex(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex([1])
except TypeError as e:
    print(type(e).__name__, e)
