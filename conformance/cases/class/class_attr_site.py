# A read of a plain class attribute through an instance is cached per site;
# shadowing it in the instance, changing the class, or a subclass overriding
# it must each be seen at once.

class Shape:
    sides = 0
    name = "shape"
    dims = (1, 2)
    scale = 1.5
    big = 10 ** 30
    tag = None

    def describe(self):
        return (self.name, self.sides, self.dims, self.scale, self.big, self.tag)


class Tri(Shape):
    sides = 3
    name = "tri"


class Sq(Shape):
    sides = 4


shapes = [Shape(), Tri(), Sq(), Tri()]
for _ in range(3):
    print([s.describe() for s in shapes])

t = shapes[1]
t.sides = 99
print([s.sides for s in shapes])
del t.sides
print([s.sides for s in shapes])
Tri.sides = 33
print([s.sides for s in shapes])
Shape.name = "base"
print([s.name for s in shapes])
del Tri.name
print([s.name for s in shapes])


class Getter:
    def __get__(self, obj, typ=None):
        return "got"


Shape.tag = Getter()
print([s.tag for s in shapes])
Shape.tag = 5
print([s.tag for s in shapes])
Shape.tag = lambda self: "bound"
print([s.tag() for s in shapes])
Shape.tag = staticmethod(lambda: "static")
print([s.tag() for s in shapes])


class Slotted:
    __slots__ = ("x",)
    k = "const"

    def __init__(self):
        self.x = 1


for _ in range(2):
    o = Slotted()
    print(o.k, o.x)
try:
    o.k = 2
except AttributeError as e:
    print("AttributeError", e)


class Fallback:
    seen = 1

    def __getattr__(self, name):
        return "fallback " + name


f = Fallback()
for _ in range(2):
    print(f.seen, f.missing)
f.__dict__["seen"] = 2
print(f.seen)

for target in (Slotted(), object()):
    for name in ("k", "__str__", "nothing"):
        try:
            setattr(target, name, 1)
        except AttributeError as e:
            print("set", name, e)
        try:
            delattr(target, name)
        except AttributeError as e:
            print("del", name, e)
