# __new__ gets the constructor arguments; object.__new__ rejects extras unless __init__ is overridden.
class A:
    def __new__(cls, a, b=2):
        obj = object.__new__(cls)
        obj.seen = (a, b)
        return obj
print(A(1).seen, A(1, b=5).seen)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(3).x)
class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(OnlyNew(3)).__name__)
class Neither:
    pass
try:
    Neither(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(Neither, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(object.__new__(Neither)).__name__)
