# getattr/setattr/hasattr/delattr with defaults, non-string names, builtin instances, __getattr__ hooks and slots.
class P:
    cls_attr = "C"
    def __init__(self):
        self.x = 1
class Dyn:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
class Boom:
    @property
    def bad(self):
        raise ValueError("property exploded")
class Slotted:
    __slots__ = ("a",)
p = P()
print(getattr(p, "x"), getattr(p, "y", None), getattr(p, "cls_attr"), getattr(P, "x", "no class x"), hasattr(p, "x"))
setattr(p, "y", 2)
setattr(p, "with space", 3)
print(p.y, getattr(p, "with space"), sorted(vars(p)), hasattr(p, "with space"))
delattr(p, "y")
print(hasattr(p, "y"), getattr(Dyn(), "dyn_hello"), hasattr(Dyn(), "other"), getattr(Dyn(), "zzz", "dflt"))
try:
    hasattr(Boom(), "bad")
except ValueError as e:
    print("ValueError propagates from hasattr:", e)
print(getattr(Boom(), "missing", "ok"))
cases = [
    lambda: getattr(p, "nope"), lambda: getattr(p, 5), lambda: setattr(p, 5, 1), lambda: delattr(p, "nope"),
    lambda: hasattr(p, None), lambda: setattr(1, "x", 2), lambda: setattr([], "append", 2), lambda: delattr(1, "real"),
    lambda: getattr(Dyn(), "plain"), lambda: setattr(Slotted(), "b", 1), lambda: getattr(Slotted(), "a"),
    lambda: delattr(Slotted(), "a"), lambda: getattr(p), lambda: setattr(p, "x"), lambda: delattr(p),
    lambda: hasattr(p), lambda: getattr(p, "x", 1, 2), lambda: getattr(object=p, name="x"),
    lambda: setattr(int, "new_attr", 1), lambda: getattr("s", "nope"),
]
for call in cases:
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
s = Slotted()
setattr(s, "a", 10)
print(getattr(s, "a"), hasattr(s, "__dict__"))
print(getattr(1, "real"), getattr("abc", "upper")(), getattr([], "__len__")(), getattr(P, "__name__"))
