# Builtin special methods reached on subclass instances, and their argument checks.
class I(int): pass
class F(float): pass
class L(list): pass
class D(dict): pass
class S(str): pass
i, f, l, d, s = I(7), F(2.5), L([1, 2]), D(a=1), S('ab')
print(int.__neg__(i), int.__invert__(i), int.__abs__(I(-3)), int.__pos__(i), int.__index__(i))
print(int.__int__(i), int.__float__(i), float.__int__(f), float.__neg__(f), float.__abs__(F(-1.5)))
print(int.__bool__(I(0)), float.__bool__(f), int.__lt__(i, 8), int.__ge__(i, 8), float.__gt__(f, 2))
print(int.__add__(i, 1), int.__radd__(i, 1), int.__mul__(i, 2), int.__pow__(i, 2), int.__rpow__(i, 2))
print(int.__and__(i, 3), int.__or__(i, 8), int.__xor__(i, 1), int.__lshift__(i, 1), int.__rshift__(i, 1))
print(float.__truediv__(f, 2), float.__floordiv__(f, 2), float.__mod__(f, 2), float.__rsub__(f, 1))
print(list.__len__(l), list.__getitem__(l, 0), list.__contains__(l, 2), list(list.__iter__(l)))
list.__setitem__(l, 0, 9)
list.__delitem__(l, 1)
print(l, dict.__getitem__(d, 'a'), dict.__len__(d), dict.__contains__(d, 'a'))
dict.__setitem__(d, 'b', 2)
dict.__delitem__(d, 'a')
print(d, str.__len__(s), str.__getitem__(s, 1), str.__add__(s, 'c'), str.__mul__(s, 2), str.__mod__(S('%s!'), 5))
print(int.__add__(i, 'x'), float.__mul__(f, 'x'), int.__lt__(i, 'x'))
for bad in [lambda: list.__add__(l, 5), lambda: str.__mul__(s, 'x'), lambda: int.__neg__(i, 1), lambda: list.__getitem__(l), lambda: int.__add__(i)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError')
