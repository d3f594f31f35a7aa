# type(x) returns the exact class of x for builtin and user objects.
class A: pass
class B(A): pass
vals = [1, 1.5, 'a', None, True, [], (), {}, A(), B(), A, type, len, print, range(1)]
print([type(v).__name__ for v in vals])
print(type(B()) is B, type(B()) is A, type(B()) == B)
print(type(type(1)) is type, type(A) is type)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
