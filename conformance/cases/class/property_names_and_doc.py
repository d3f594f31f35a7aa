# A property learns the name it is assigned to in a class body: its missing-accessor errors
# use that name (not the accessor function's); copies made by setter/deleter keep it; the
# doc keyword sets __doc__; super().__init_subclass__(**kw) reaches object's with the class.
class C:
    def _get(self):
        return 1
    def _set(self, v):
        pass
    readonly = property(_get)
    writeonly = property(None, _set, doc="write only")
    both = property(_get)
    both = both.setter(_set)

c = C()
for f in [lambda: setattr(c, "readonly", 1), lambda: c.writeonly, lambda: delattr(c, "both"),
          lambda: delattr(c, "readonly")]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
print(C.writeonly.__doc__, C.both.fget is C._get, C.both.fset is C._set)
loose = property()
try:
    loose.__get__(c, C)
except AttributeError as e:
    print("AttributeError", e)
try:
    property(fget=None, doc=1, docs=2)
except TypeError as e:
    print("TypeError", e)

class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)

try:
    class Child(Base, flavour=1):
        pass
except TypeError as e:
    print("TypeError", e)
