# Implicit special-method calls look on the type, so instance attributes are ignored.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance-repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class D:
    pass
d = D()
d.__add__ = lambda other: "instance add"
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
D.__add__ = lambda self, other: "class add %r" % (other,)
print(d + 1)
D.__len__ = lambda self: 3
print(len(d), bool(d))
del D.__len__
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
D.__bool__ = lambda self: False
print(bool(d), "t" if d else "f")
D.__call__ = lambda self, x: x * 2
print(d(21), callable(d))
e = D()
e.__call__ = None
print(e(4))
D.__getitem__ = lambda self, k: k
print(d["key"], d[1:2])
D.__iter__ = lambda self: iter("ab")
print(list(d), "a" in d)
