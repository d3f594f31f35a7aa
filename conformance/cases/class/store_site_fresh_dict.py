# Attribute stores in __init__ run through a cached site that makes a fresh
# instance's dict itself; every instance must still end up with its own dict,
# in insertion order, and a class change must send stores the general way.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = [P(i, -i) for i in range(6)]
for p in ps:
    print(p.__dict__, vars(p) is p.__dict__)
ps[0].z = 9
print(ps[0].__dict__, ps[1].__dict__)


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.last = n


for n in (0, 3, 4, 5, 9, 12):
    m = Many(n)
    print(n, len(m.__dict__), list(m.__dict__)[-2:])


class Q:
    def __init__(self, v):
        self.v = v


qs = [Q(i) for i in range(3)]


def setter(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 10)


Q.__setattr__ = setter
qs += [Q(i) for i in range(3, 5)]
print([q.v for q in qs])
del Q.__setattr__


class Desc:
    def __get__(self, obj, typ=None):
        return "desc"

    def __set__(self, obj, value):
        print("set via descriptor", value)


Q.v = Desc()
q = Q(7)
print(q.v, q.__dict__)
del Q.v
q2 = Q(8)
print(q2.v, q2.__dict__)


class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


class T(S):
    def __init__(self):
        super().__init__()
        self.b = 2


for _ in range(3):
    t = T()
    print(t.a, t.__dict__)
try:
    S().b = 1
except AttributeError as e:
    print("AttributeError", e)
