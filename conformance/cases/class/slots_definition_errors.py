# What a class body's __slots__ may hold: strings or an iterable of identifiers, no clash
# with class variables, one __dict__, and a layout compatible with the bases.
def attempt(make):
    try:
        cls = make()
        print('ok', cls.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def clash():
    class C:
        __slots__ = ('v', 'w')
        w = 1
    return C
attempt(clash)
def private_clash():
    class C:
        __slots__ = ('__v',)
        __v = 1
    return C
attempt(private_clash)
attempt(lambda: type('C', (), {'__slots__': (1,)}))
attempt(lambda: type('C', (), {'__slots__': 1}))
attempt(lambda: type('C', (), {'__slots__': ('a b',)}))
attempt(lambda: type('C', (), {'__slots__': ('',)}))
attempt(lambda: type('C', (), {'__slots__': ('9a',)}))
attempt(lambda: type('C', (), {'__slots__': ('__dict__', '__dict__')}))
attempt(lambda: type('C', (), {'__slots__': ('__weakref__', '__weakref__')}))
class Plain:
    pass
attempt(lambda: type('C', (Plain,), {'__slots__': ('__dict__',)}))
attempt(lambda: type('C', (Plain,), {'__slots__': ('__weakref__',)}))
for base in (int, tuple, bytes):
    attempt(lambda: type('C', (base,), {'__slots__': ('a',)}))
    attempt(lambda: type('C', (base,), {'__slots__': ()}))
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
class Empty:
    __slots__ = ()
attempt(lambda: type('C', (A, B), {}))
attempt(lambda: type('C', (A, Empty), {}))
attempt(lambda: type('C', (A, Plain), {}))
class A2(A):
    __slots__ = ('c',)
attempt(lambda: type('C', (A2, A), {}))

class S:
    __slots__ = ('b', 'a', '__c', '__dict__')
# The descriptors come in name order after the namespace (the __dict__ and __weakref__
# getsets are left out here).
print([k for k in S.__dict__ if k not in ('__dict__', '__weakref__')], S.__slots__)
s = S()
s._S__c = 1
s.extra = 2
print(s._S__c, s.__dict__)
class One:
    __slots__ = 'only'
print(One.__slots__, type(One.only).__name__)
class FromDict:
    __slots__ = {'k': 'doc'}
print(FromDict.__slots__, type(FromDict.k).__name__)
class FromIter:
    __slots__ = iter(['i'])
print(type(FromIter.__slots__).__name__, type(FromIter.i).__name__)
