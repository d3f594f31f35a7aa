# Slot wrappers reached through super() from subclasses of builtins.
class I(int):
    def __add__(self, o):
        return ('I', super().__add__(o))
    def __neg__(self):
        return ('neg', super().__neg__())
    def __repr__(self):
        return 'I<' + super().__repr__() + '>'
i = I(5)
print(i + 1, -i, repr(i), str(i), i * 2, 2 * i, i - 1, i // 2, i % 3, i ** 2)
print(i < 6, i > 6, i == 5, i != 5, hash(i) == hash(5), bool(I(0)), abs(I(-3)))
print(int(i), float(i), ~i, +i, [10, 20, 30, 40, 50, 60][I(2)])
class F(float):
    pass
f = F(2.5)
print(f + 1, f * 2, -f, f < 3, int(f), round(f), repr(f), format(f, '.2f'))
class D(dict):
    def __getitem__(self, k):
        return ('D', super().__getitem__(k))
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
    def __delitem__(self, k):
        print('del', k)
        super().__delitem__(k)
    def __contains__(self, k):
        return super().__contains__(k)
    def __len__(self):
        return super().__len__() + 100
    def __iter__(self):
        return super().__iter__()
d = D(a=1)
d['b'] = 2
print(d['b'], d.get('a'), 'b' in d, len(d), sorted(d))
del d['a']
print(dict(d), D([('x', 1)]).get('x'), D({'y': 2}).get('y'))
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.n = len(a)
L1 = L([3, 1, 2])
L1.sort()
print(L1, L1.n, L1 + [4], L1 * 2, list(reversed(L1)), L1.index(2), L1 == [1, 2, 3])
L1 += [5]
print(L1, type(L1).__name__, len(L1), L1[1:], 2 in L1)
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hi')
print(s.shout(), s + 'x', s * 2, len(s), s[0], 'h' in s, s == 'hi', repr(s), f'{s:>4}')
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
t = T(1, 2)
print(t, t[0], len(t), t + (3,), type(t).__name__, hash(t) == hash((1, 2)))
