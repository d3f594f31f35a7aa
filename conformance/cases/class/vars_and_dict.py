# vars(obj) and obj.__dict__ are the same live mapping; class attributes are not in it.
class A:
    shared = 1
    def __init__(self):
        self.a = 1
        self.b = 2
a = A()
d = vars(a)
print(d is a.__dict__, sorted(d.items()))
a.c = 3
print(sorted(d))
d['e'] = 5
print(a.e)
del a.a
print(sorted(a.__dict__))
a.__dict__ = {'fresh': True}
print(sorted(vars(a)), a.fresh, hasattr(a, 'b'), a.shared)
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
print('shared' in vars(A), '__init__' in vars(A), 'a' in vars(A))
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
