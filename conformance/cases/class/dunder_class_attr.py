# __class__ of instances and classes, type(obj) is A, and reassigning __class__.
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
class Meta(type):
    pass
class C(metaclass=Meta):
    pass
a = A()
print(a.__class__ is A, type(a) is A, a.__class__.__name__)
print(A.__class__ is type, type(A) is type, C.__class__.__name__, type(C).__name__)
print(type.__class__ is type, (1).__class__ is int, type(None).__name__)
a.__class__ = B
print(a.who(), type(a) is B, isinstance(a, A))
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
