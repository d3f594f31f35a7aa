# type(), __class__, isinstance and issubclass agree for classes, subclasses and builtins.
# requires: float
class A:
    pass
class B(A):
    pass
a, b = A(), B()
print(type(a) is A, type(b) is A, type(b) is B, type(b) == B)
print(isinstance(b, A), issubclass(type(b), A), type(b).__bases__ == (A,))
print(a.__class__ is A, b.__class__ is type(b), A.__class__ is type)
print(type(A) is type, type(type) is type, type(object) is type, isinstance(A, type))
print(type(True) is bool, isinstance(True, int), type(True) == int, issubclass(bool, int))
print(type(1) is int, type(1.0) is float, type(None).__name__, type(print).__name__)
print(type([]) is list, type(()) is tuple, type({}) is dict, type("") is str)
print(isinstance(A, object), isinstance(type, object), issubclass(type, object))
print(type(a).__name__, type(b).__mro__ == (B, A, object))
print([type(x).__name__ for x in (0, 0.5, "", b"", [], (), {}, set(), range(1), None)])
def classify(x):
    if type(x) is bool:
        return "bool"
    if type(x) is int:
        return "int"
    return "other"
print(classify(True), classify(1), classify(B()))
c = b.__class__()
print(type(c).__name__)
