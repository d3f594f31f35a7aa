# property objects expose fget/fset/fdel, support the functional form and copy-on-setter.
class C:
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 10
    def del_x(self):
        print("deleting")
        del self._x
    x = property(get_x, set_x, del_x, "the x doc")
    ro = property(get_x)
c = C()
c.x = 4
print(c.x, c.ro)
del c.x
print(hasattr(c, "_x"))
print(type(C.x).__name__, C.x.__doc__)
print(C.x.fget is C.get_x, C.x.fset is C.set_x, C.x.fdel is C.del_x)
print(C.ro.fset, C.ro.fdel)
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p1.fset is None, p2.fset is not None, p2.fget is p1.fget)
class D:
    @property
    def v(self):
        return "v"
    w = v.getter(lambda self: "w")
print(D().v, D().w)
print(isinstance(D.v, property))
