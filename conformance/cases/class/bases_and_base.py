# __bases__, __base__ and __mro__ for simple, multiple and builtin-derived classes.
class A: pass
class B(A): pass
class C(int): pass
class D(B, C): pass
def names(ks):
    return [k.__name__ for k in ks]
print(names(A.__bases__), A.__base__.__name__)
print(names(B.__bases__), B.__base__.__name__)
print(names(C.__bases__), names(C.__mro__))
print(names(D.__bases__), D.__base__.__name__, names(D.__mro__))
print(object.__bases__, object.__base__)
print(names(int.__bases__), names(bool.__bases__))
print(type(A.__bases__).__name__, type(A.__mro__).__name__)
