# vars() and dir() on user classes and instances (sorted, filtered), __dir__ overrides, and vars() errors.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    """Doc."""
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
    @property
    def prop(self):
        return 4
c = Child()
print(vars(c), sorted(vars(Child)) == sorted(Child.__dict__), "base_attr" in vars(Child), "child_attr" in vars(Child))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")], "inst" in dir(Child), "inst" in dir(c))
print(dir(c) == sorted(dir(c)), "__init__" in dir(c), "__class__" in dir(c), "__doc__" in dir(Child))
vars(c)["added"] = 5
print(c.added, sorted(vars(c)))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha", "mid"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
class Slots:
    __slots__ = ("a", "b")
for obj in [5, "s", [], Slots(), None]:
    try:
        vars(obj)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: dir(BadDir()), lambda: dir(1, 2), lambda: vars(1, 2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print([n for n in dir(Slots) if not n.startswith("__")], sorted(n for n in vars(Slots) if not n.startswith("__")))
def f():
    local_a, local_b = 1, 2
    return sorted(dir()), sorted(vars())
print(f())
class Empty:
    pass
print(sorted(vars(Empty())), [n for n in dir(Empty()) if not n.startswith("_")])
