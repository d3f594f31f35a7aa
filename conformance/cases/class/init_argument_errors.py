# Constructor argument errors use the __init__ qualname, or "X() takes no arguments".
class A:
    def __init__(self, x):
        self.x = x
class B:
    pass
class C:
    def __init__(self, x, *, key):
        pass
def show(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: A(1, 2))
show(lambda: A())
show(lambda: A(1, y=2))
show(lambda: A(1, x=2))
show(lambda: B(1))
show(lambda: B(k=1))
show(lambda: C(1))
show(lambda: C(1, 2, key=3))
