# super() inside classmethods and staticmethod-free class-level creation helpers.
class Base:
    registry = []
    @classmethod
    def create(cls, v):
        obj = cls()
        obj.v = v
        Base.registry.append(cls.__name__)
        return obj
    @classmethod
    def label(cls):
        return 'Base:' + cls.__name__
class Child(Base):
    @classmethod
    def create(cls, v):
        obj = super().create(v * 10)
        obj.child = True
        return obj
    @classmethod
    def label(cls):
        return 'Child>' + super().label()

c = Child.create(2)
print(type(c).__name__, c.v, c.child)
print(Base.create(1).v, Base.registry)
print(Child.label(), Child().label(), Base.label())
