# float.fromhex on a float subclass calls the subclass with the parsed float, so its
# __new__ and __init__ run; hex() of a subclass instance is that of its value.
# requires: float
class F(float):
    pass
a = F.fromhex("0x1.8p1")
print(type(a).__name__, a, isinstance(a, float))
b = F(2.5).fromhex("-0x1p-2")
print(type(b).__name__, b)
print(F(2.5).hex(), float.hex(F(-0.0)))
class Doubling(float):
    def __new__(cls, value):
        print("new", cls.__name__, value)
        return super().__new__(cls, value * 2)
c = Doubling.fromhex("0x3")
print(type(c).__name__, c)
class Noisy(float):
    def __init__(self, value):
        print("init", value)
d = Noisy.fromhex("inf")
print(type(d).__name__, d)
try:
    Noisy.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
class Other(float):
    def __new__(cls, value):
        return "not a float: " + repr(value)
print(Other.fromhex("0x1p-1"))
print(type(float.fromhex("1")).__name__)
class Text(str):
    pass
print(float.fromhex(Text(" 0x1p4 ")), F.fromhex(Text("-0x.8")))
