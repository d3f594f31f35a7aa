# An inconsistent hierarchy raises TypeError at class creation; duplicate bases too.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(X, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class F(A, X): pass
print([k.__name__ for k in F.__mro__])
