# __slots__ on subclasses of builtin types and exceptions: the value and the slots coexist.
class L(list):
    __slots__ = ('tag',)
l = L([1, 2])
l.tag = 't'
l.append(3)
print(l, l.tag, len(l), l == [1, 2, 3], hasattr(l, '__dict__'))
try:
    l.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
class D(dict):
    __slots__ = ('k',)
d = D(a=1)
d.k = 2
print(d, d.k, d['a'])
class S(str):
    __slots__ = ('n',)
s = S('ab')
s.n = 1
print(s + 'c', s.n, s.upper(), repr(s))
class T(tuple):
    __slots__ = ()
print(T((1, 2)), hasattr(T(), '__dict__'))
class E(Exception):
    __slots__ = ('code',)
e = E('boom')
e.code = 7
e.note = 'dict too'
print(e, e.code, e.args, e.__dict__, type(E.code).__name__)
try:
    raise e
except E as caught:
    print('caught', caught.code)
try:
    E().code
except AttributeError as err:
    print(type(err).__name__, err)
