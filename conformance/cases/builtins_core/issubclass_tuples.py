# issubclass with classes, tuples and nested tuples.
class A: pass
class B(A): pass
class C: pass
print(issubclass(B, A), issubclass(A, B), issubclass(A, A))
print(issubclass(B, (C, A)), issubclass(C, (A, B)))
print(issubclass(B, (C, (int, (A,)))))
print(issubclass(bool, int), issubclass(int, object), issubclass(B, object))
print(issubclass(C, ()))
try:
    issubclass(B(), A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, [A])
except TypeError as e:
    print(type(e).__name__, e)
