# Cooperative multiple inheritance passes keyword arguments along the MRO with super().__init__(**kw).
class Base:
    def __init__(self, **kw):
        if kw:
            raise TypeError("leftover: %s" % sorted(kw))
        self.parts = ["Base"]
class Named(Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.parts.append("Named")
class Sized(Base):
    def __init__(self, size=0, **kw):
        super().__init__(**kw)
        self.size = size
        self.parts.append("Sized")
class Item(Named, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.parts.append("Item")
i = Item(name="x", size=3)
print(i.name, i.size, i.parts)
print([c.__name__ for c in Item.__mro__])
j = Item(name="y")
print(j.size, j.parts)
try:
    Item(name="z", color="red")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item(size=1)
except TypeError as e:
    print(type(e).__name__, e)
class Reordered(Sized, Named):
    pass
r = Reordered(name="r", size=9)
print(r.parts, [c.__name__ for c in Reordered.__mro__][:3])
