# __names inside a class body are mangled to _ClassName__name, keeping subclasses' copies apart.
class A:
    __secret = 'A secret'
    def __init__(self):
        self.__private = 'A private'
    def get(self):
        return self.__private, self.__secret
class B(A):
    __secret = 'B secret'
    def __init__(self):
        super().__init__()
        self.__private = 'B private'
    def get_b(self):
        return self.__private, self.__secret
b = B()
print(b.get(), b.get_b())
print(sorted(vars(b)))
print(A._A__secret, B._B__secret, '_A__secret' in A.__dict__, '__secret' in A.__dict__)
try:
    b.__private
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    __dunder__ = 'not mangled'
    def m(self):
        return getattr(self, '__hidden', 'getattr string not mangled')
print(C.__dunder__, C().m())
