class Good:
    def __complex__(self):
        return 1 - 1j
print(complex(Good()))
class Bad:
    def __complex__(self):
        return 5
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __complex__(self):
        return 2j
    def __float__(self):
        return 9.0
print(complex(Both()))
class NoProto:
    pass
try:
    complex(NoProto())
except TypeError as e:
    print(type(e).__name__, e)
print((1j).__add__(1), (1j).__radd__(2.5), (1j).__mul__("x"))
print((2j).__eq__(2j), (2j).__eq__("2j"), (2j).__lt__(1j))
print(complex.__complex__(3j) if hasattr(complex, "__complex__") else "no __complex__")
