# staticmethod and classmethod called via instances and subclasses receive the right arguments.
class Base:
    kind = "base"
    @staticmethod
    def s(x):
        return ("static", x)
    @classmethod
    def c(cls, x):
        return (cls.__name__, cls.kind, x)
    @classmethod
    def make(cls):
        return cls()
class Sub(Base):
    kind = "sub"
b, s = Base(), Sub()
print(b.s(1), s.s(2), Base.s(3), Sub.s(4))
print(b.c(1), s.c(2), Base.c(3), Sub.c(4))
print(type(Sub.make()).__name__, type(s.make()).__name__, type(b.make()).__name__)
s.kind = "instance attr ignored by classmethod"
print(s.c(5))
print(Base.__dict__["s"].__class__.__name__, Base.__dict__["c"].__class__.__name__)
f = Base.__dict__["s"].__func__
print(f(9))
bound = Sub.c
print(bound(7), bound.__self__.__name__)
try:
    Base.s()
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.c()
except TypeError as e:
    print(type(e).__name__, e)
