# type(name, bases, dict) creates classes dynamically, equivalent to a class statement.
def init(self, v):
    self.v = v
Base = type('Base', (), {'kind': 'base', '__init__': init})
Derived = type('Derived', (Base,), {'double': lambda self: self.v * 2})
d = Derived(21)
print(type(d).__name__, d.v, d.double(), d.kind)
print(Derived.__name__, Derived.__qualname__, Derived.__module__, [k.__name__ for k in Derived.__mro__])
print(isinstance(d, Base), Derived.__bases__ == (Base,), type(Base) is type)
E = type('E', (), {})
print(E.__bases__[0].__name__, E.__doc__, type(E()).__name__)
for args in (('X', 1, {}), ('X', (), 1), (1, (), {}), ('X', ())):
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
