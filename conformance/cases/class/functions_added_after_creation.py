# Functions set on a class later become methods for existing instances; on an instance they do not bind.
class A:
    def __init__(self, n):
        self.n = n
a = A(5)
def triple(self):
    return self.n * 3
A.triple = triple
print(a.triple(), A(2).triple(), type(a.triple).__name__)
A.__len__ = lambda self: self.n
print(len(a))
A.__add__ = lambda self, o: A(self.n + o.n)
print((a + A(1)).n)
def inst_fn(x):
    return 'no binding ' + str(x)
a.helper = inst_fn
print(a.helper(1), type(a.helper).__name__)
del A.triple
try:
    a.triple()
except AttributeError as e:
    print(type(e).__name__, e)
A.cm = classmethod(lambda cls: cls.__name__)
A.sm = staticmethod(lambda: 'static')
print(a.cm(), A.sm())
