# isinstance/issubclass with subclasses, tuples of classes and nested tuples.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ((C,), (int, B))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(issubclass(B, (C, A)), issubclass(C, (A, B)), issubclass(bool, (str, int)))
print(isinstance(A, type), isinstance(B, object), issubclass(type, object))
print(isinstance(True, int), isinstance(3, (float, str)), isinstance(b, ()))
