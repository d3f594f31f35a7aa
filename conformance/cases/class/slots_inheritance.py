# A subclass without __slots__ regains a __dict__; with __slots__ it extends the parent's.
class Base:
    __slots__ = ['a']
class Free(Base):
    pass
class Strict(Base):
    __slots__ = ('b',)
f = Free()
f.a = 1
f.other = 2
print(f.a, sorted(vars(f)))
s = Strict()
s.a, s.b = 1, 2
print(s.a, s.b, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ('x', '__dict__')
w = WithDict()
w.x = 1
w.y = 2
print(w.x, sorted(vars(w)))
class Single:
    __slots__ = 'only'
s1 = Single()
s1.only = 'ok'
print(s1.only)
try:
    class Clash:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
