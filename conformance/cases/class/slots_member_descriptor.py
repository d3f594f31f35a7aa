# A __slots__ name is a member_descriptor on its class: its attributes, repr and protocol.
class P:
    __slots__ = ('x', 'y')

m = P.x
print(type(m).__name__, repr(m), m.__name__, m.__qualname__, m.__objclass__ is P, m.__doc__)
print(P.__dict__['x'] is m, m.__get__(None, P) is m)
p = P()
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
m.__set__(p, 4)
print(p.x, m.__get__(p), m.__get__(p, P))
m.__delete__(p)
try:
    m.__delete__(p)
except AttributeError as e:
    print(type(e).__name__, e)
for call in (lambda: m.__get__(1), lambda: m.__set__('s', 2), lambda: m.__delete__([])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    m.__set__(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.__delete__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(m)()
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(p, 'y'), getattr(p, 'y', 'default'))
p.y = [1]
p.y.append(2)
print(p.y)
del p.y
print(hasattr(p, 'y'))
class Q(P):
    __slots__ = ('z',)
q = Q()
P.x.__set__(q, 'via base')
q.z = 'own'
print(q.x, q.z, Q.x is P.x, repr(Q.z))
try:
    Q.z.__set__(P(), 1)
except TypeError as e:
    print(type(e).__name__, e)
