# Attribute reads, method calls and stores in a loop stay right when instances differ in class or dict order, and when classes gain descriptors, __getattribute__ or __setattr__ between runs.
class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def get(self):
        return self.x
class B(A):
    def __init__(self, x, y):
        self.y = y
        self.x = x
class C(A):
    def get(self):
        return -self.x
def run(objs):
    out = []
    for o in objs:
        o.x = o.x + 1
        out.append((o.x, o.y, o.get()))
    return out
objs = [A(1, 2), B(3, 4), C(5, 6), A(7, 8), B(9, 10)]
for _ in range(3):
    print(run(objs))
objs[0].get = lambda: 'own'
print(run(objs))
del objs[0].get
del objs[3].x
try:
    run(objs)
except AttributeError as e:
    print('AttributeError', e)
objs[3].x = 0
A.x = property(lambda self: 100, lambda self, v: None)
print(run(objs))
del A.x
print(run(objs))
A.__getattribute__ = lambda self, name: 'ga' if name == 'y' else object.__getattribute__(self, name)
print(run(objs))
del A.__getattribute__
log = []
def logging_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)
A.__setattr__ = logging_setattr
print(run(objs), len(log))
del A.__setattr__
objs[1].__class__ = C
print(run(objs))
class S:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
        self.y = 2
    def get(self):
        return self.x * 10
print(run([S(), A(0, 0), S()]))
many = [type('K%d' % i, (A,), {})(i, i) for i in range(12)]
for _ in range(2):
    print(run(many))
