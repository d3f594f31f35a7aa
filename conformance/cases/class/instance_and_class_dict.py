# Instance __dict__ is a writable dict; a class __dict__ is a read-only mappingproxy.
class C:
    a = 1
    def m(self):
        return "m"
c = C()
c.__dict__["x"] = 5
print(c.x, vars(c), vars(c) is c.__dict__)
setattr(c, "with space", 7)
print(getattr(c, "with space"), sorted(c.__dict__))
delattr(c, "with space")
print(sorted(vars(c)))
print(type(C.__dict__).__name__, C.__dict__["a"], "m" in C.__dict__, "x" in C.__dict__)
try:
    C.__dict__["a"] = 2
except TypeError as e:
    print(type(e).__name__, e)
C.b = 3
print(C.__dict__["b"], c.b)
c.__dict__ = {"fresh": True}
print(c.fresh, hasattr(c, "x"), c.a)
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(c, "missing", None), getattr(C, "a"), getattr(c, "m")())
