# A bound method reads the attributes its function carries; a miss names the function.
class A:
    def f(self):
        return 1
A.f.tag = "tagged"
a = A()
print(a.f.tag, A().f.tag, a.f.__func__.tag)
try:
    a.f.missing
except AttributeError as e:
    print(e)
try:
    a.f.tag = 2
except AttributeError as e:
    print(e)
print(a.f.__name__, a.f.__self__ is a)
