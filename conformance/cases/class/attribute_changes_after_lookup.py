# Attribute reads see a class changed after earlier reads: methods replaced, added to a base, deleted, and classes made and dropped in a loop.
class Base:
    def who(self):
        return 'base'
class Child(Base):
    pass
c = Child()
print(c.who(), Child.who(c))
Base.who = lambda self: 'patched'
print(c.who())
Child.who = lambda self: 'child'
print(c.who())
del Child.who
print(c.who())
del Base.who
try:
    c.who()
except AttributeError as e:
    print('AttributeError', e)
Base.extra = 5
print(c.extra, Child.extra)
setattr(Base, 'extra', 6)
print(c.extra)
class Mixin:
    def __add__(self, other):
        return 'mixin add'
class Sum(Mixin):
    pass
s = Sum()
print(s + 1)
Mixin.__add__ = lambda self, other: 'new add'
print(s + 1)
Sum.__add__ = lambda self, other: 'own add'
print(s + 1)
del Sum.__add__
print(s + 1)
del Mixin.__add__
try:
    s + 1
except TypeError as e:
    print('TypeError', e)
results = []
for i in range(300):
    K = type('K', (), {'value': i, 'get': lambda self: self.value * 2})
    k = K()
    results.append(k.get() + k.value)
    del K, k
print(sum(results), results[:3], results[-1])
class Desc:
    def __get__(self, obj, owner):
        return 'descriptor'
class Holder:
    attr = 1
h = Holder()
print(h.attr)
Holder.attr = Desc()
print(h.attr)
Desc.__set__ = lambda self, obj, value: print('set', value)
h.attr = 9
print(h.__dict__)
