# float() accepts objects with __float__ or __index__, float subclasses, and rejects others.
# requires: float
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Both:
    def __float__(self):
        return 1.5
    def __index__(self):
        return 9
class Sub(float):
    pass
class IntOnly:
    def __int__(self):
        return 4
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: float(F()))
show(lambda: float(I()))
show(lambda: float(Both()))
show(lambda: float(Sub(3.25)))
show(lambda: type(float(Sub(3.25))).__name__)
show(lambda: float(IntOnly()))
show(lambda: float(True))
show(lambda: float(2 ** 60 + 1))
show(lambda: float(-7))
show(lambda: float(object()))
show(lambda: float([1.0]))
show(lambda: float(x=1.0))
show(lambda: float())
show(lambda: float("1.5", "2"))
show(lambda: F() + 1)
show(lambda: 1.0 + I())
