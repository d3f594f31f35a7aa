# A.f is a plain function; a.f is a bound method with __self__ and __func__.
class A:
    def f(self, x):
        return ('f', type(self).__name__, x)
a = A()
print(type(A.f).__name__, type(a.f).__name__)
m = a.f
print(m.__self__ is a, m.__func__ is A.f, m.__name__, m.__qualname__)
print(m(1), A.f(a, 2), m.__func__(a, 3))
print(a.f is a.f, a.f == a.f, a.f == A().f, a.f != a.f)
print(hash(a.f) == hash(a.f))
stored = [a.f, a.f]
print(stored[0] == stored[1], stored[0] is stored[1])
try:
    A.f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.__self__ = None
except AttributeError as e:
    print(type(e).__name__, e)
