# Properties are inherited; a subclass can replace a property or extend it with .setter.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
class Sub(Base):
    @Base.v.setter
    def v(self, val):
        self._v = val * 100
class Plain(Base):
    v = 'not a property'
s = Sub()
s.v = 2
print(s.v, Base().v, Plain().v)
print(Sub.v is Base.v, Sub.v.fget is Base.v.fget)
try:
    Base().v = 3
except AttributeError as e:
    print(type(e).__name__, e)
