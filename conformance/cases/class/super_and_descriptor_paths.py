# super() reaching class methods, static methods, properties and plain class attributes.
class Base:
    tag = 'base'
    @classmethod
    def make(cls):
        return 'made ' + cls.__name__
    @staticmethod
    def util(x):
        return x + 1
    @property
    def prop(self):
        return 'base prop'
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
class Child(Base):
    tag = 'child'
    @classmethod
    def make(cls):
        return 'child ' + super().make()
    @staticmethod
    def util(x):
        return super(Child, Child).util(x) * 10
    @property
    def prop(self):
        return 'child + ' + super().prop
    def info(self):
        s = super()
        return (s.tag, s.util(1), s.make(), type(s).__name__, s.__self__ is self)
c = Child()
print(Child.make(), Child.util(1), c.prop, c.info())
print(super(Child, c).tag, super(Child, Child).make(), repr(super(Child, c))[:20])
for bad in [lambda: super(Child, c).nothing, lambda: super(5, c), lambda: super(Child, 5),
            lambda: super(Child, Base()).tag, lambda: super(Base, c).tag]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class D:
    def __get__(self, obj, owner):
        return ('get', obj is None, owner.__name__)
class Host:
    d = D()
print(Host.d, Host().d, super(Host, Host()).__class__.__name__)
