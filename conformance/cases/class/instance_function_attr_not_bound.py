# Functions stored on an instance are not bound; functions stored on the class are.
def free(*args):
    return len(args)
class C:
    pass
c = C()
c.f = free
print(c.f(), c.f(1, 2))
C.g = free
print(c.g(), c.g(1))
c.lam = lambda x: x * 2
print(c.lam(21))
class Holder:
    def __init__(self):
        self.cb = self.method
    def method(self):
        return "bound at init"
h = Holder()
print(h.cb(), h.cb == h.method)
class WithCallable:
    def __call__(self, *a):
        return ("called", a)
C.obj = WithCallable()
print(c.obj(1))
C.sm = staticmethod(free)
print(c.sm(), C.sm(1, 2, 3))
c.sm2 = staticmethod(free)
try:
    print(c.sm2())
except TypeError as e:
    print(type(e).__name__, e)
print(type(c.f).__name__, type(c.g).__name__, type(C.g).__name__)
