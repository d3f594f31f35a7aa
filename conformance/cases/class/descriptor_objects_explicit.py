# property, classmethod and staticmethod objects used directly.
def get(self):
    return 'got'
def put(self, v):
    self.seen = v
p = property(get)
print(p.fget is get, p.fset, p.fdel, p.__doc__)
p2 = p.setter(put)
p3 = p2.deleter(get)
print(p2.fset is put, p3.fdel is get, p.getter(put).fget is put)
class A:
    x = p3
a = A()
print(a.x, p.__get__(a, A), p.__get__(None, A) is p)
a.x = 5
print(a.seen)
del a.x
cm = classmethod(lambda cls: cls.__name__)
sm = staticmethod(lambda: 'static')
print(cm.__get__(None, A)(), sm.__get__(None, A)(), cm.__func__(A), sm.__func__())
print(type(cm).__name__, type(sm).__name__, type(p).__name__)
f = lambda self: ('bound', type(self).__name__)
print(f.__get__(a, A)(), f.__get__(None, A) is f)
for bad in [lambda: property(1, 2, 3, 4, 5), lambda: classmethod(), lambda: staticmethod(1, 2),
            lambda: property().__get__(a, A), lambda: setattr(A(), 'y', 1) or A().__dict__,
            lambda: p.setter(1, 2)]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class B:
    @property
    def ro(self):
        return 1
try:
    B().ro = 2
except AttributeError as e:
    print(e)
try:
    del B().ro
except AttributeError as e:
    print(e)
