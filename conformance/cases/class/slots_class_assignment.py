# __class__ assignment between classes keeps slot values only when the layouts match.
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('a',)
class C:
    __slots__ = ('a', 'b')
class Plain:
    pass
class Plain2:
    pass
x = A()
x.a = 5
x.__class__ = B
print(type(x).__name__, x.a)
for target in (C, Plain):
    try:
        x.__class__ = target
    except TypeError as e:
        print(type(e).__name__, e)
print(type(x).__name__, x.a)
p = Plain()
p.v = 1
p.__class__ = Plain2
print(type(p).__name__, p.v)
try:
    p.__class__ = A
except TypeError as e:
    print(type(e).__name__, e)
class LA(list):
    pass
try:
    LA().__class__ = Plain
except TypeError as e:
    print(type(e).__name__, e)
