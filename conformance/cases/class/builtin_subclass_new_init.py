# __new__ and __init__ of builtin bases called through subclasses.
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
class F(float):
    pass
class S(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
class L(list):
    def __init__(self, *a):
        list.__init__(self, *a)
class D(dict):
    def __init__(self, **kw):
        dict.__init__(self, **kw)
class T(tuple):
    pass
class E(Exception):
    def __init__(self, *a):
        Exception.__init__(self, *a)
print(I(4), F('2.5') + 1, S('ab'), L('xy'), D(a=1), T([1, 2]), E(1, 2).args)
print(int.__new__(I, 3), float.__new__(F, 1), type(int.__new__(I, 3)).__name__)
print(list.__new__(L), dict.__new__(D), tuple.__new__(T, 'ab'))
for bad in [lambda: int.__new__(5), lambda: int.__new__(str, 1), lambda: L(1, 2), lambda: list.__init__(L(), 5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
class G(set):
    pass
g = G([3, 1])
g.add(2)
print(sorted(g), type(g | {9}).__name__, len(g), 2 in g)
class BA(bytearray):
    pass
ba = BA(b'ab')
ba.append(99)
print(ba, bytes(ba), len(ba))
