# One attribute read, method call and store in a base-class method, reached by instances of
# many subclasses whose dicts are laid out differently, while classes and instances change
# underneath: every read must see the current attribute, whichever class came before.


class Base:
    def describe(self):
        return (self.name, self.size(), self.kind)

    def bump(self):
        self.count = self.count + 1
        return self.count


def make(i):
    def size(self):
        return i * 10

    ns = {"size": size, "kind": "k%d" % i}
    return type("C%d" % i, (Base,), ns)


classes = [make(i) for i in range(9)]
objs = []
for i, c in enumerate(classes):
    o = c()
    # a different dict order per class
    if i % 2:
        o.count = i
        o.name = "n%d" % i
    else:
        o.name = "n%d" % i
        o.count = i
    objs.append(o)

for rnd in range(4):
    out = []
    for o in objs:
        out.append(o.describe())
        out.append(o.bump())
    print(rnd, out)
    if rnd == 0:
        classes[3].kind = "changed"
        classes[4].size = lambda self: -1
    if rnd == 1:
        objs[5].kind = "instance-kind"
        objs[6].size = lambda: "instance-size"
        del objs[2].name
        objs[2].__class__.name = "class-name"
    if rnd == 2:
        Base.kind = "base"
        del classes[3].kind
        objs[7].__class__ = classes[8]


class Slotted(Base):
    __slots__ = ("name", "count")
    kind = "slotted"

    def size(self):
        return 0


s = Slotted()
s.name = "s"
s.count = 0
for o in objs + [s]:
    print(o.describe(), o.bump())
