# TypeError messages for calling user functions with wrong positional and keyword arguments.
def f(a, b, c=3):
    pass
def g(*, k):
    pass
def h(x, /, y):
    pass
def none():
    pass
def show(call):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: f())
show(lambda: f(1))
show(lambda: f(1, 2, 3, 4))
show(lambda: f(1, 2, d=4))
show(lambda: f(1, 2, a=4))
show(lambda: g())
show(lambda: g(1))
show(lambda: g(k=1, j=2))
show(lambda: h(x=1, y=2))
show(lambda: none(1))
show(lambda: none(a=1))
show(lambda: (lambda: 0)(1))
show(lambda: (lambda q: 0)())
class C:
    def m(self, v):
        pass
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m(1))
show(lambda: f(*[1, 2, 3, 4, 5]))
show(lambda: f(**{"a": 1, "zz": 2}))
