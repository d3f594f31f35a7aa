# type() with one and three arguments: dynamic classes, bases, namespaces, metaclass checks and error messages.
print(type(1), type("s"), type(None), type(type), type(int), type(True) is bool, type([]) is list)
class A:
    pass
a = A()
print(type(a) is A, type(a).__name__, type(A).__name__, type(a) is a.__class__)
Dyn = type("Dyn", (A,), {"x": 5, "hello": lambda self: f"hi {self.x}"})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__bases__ == (A,), d.hello(), isinstance(d, A), Dyn.x)
Empty = type("Empty", (), {})
print(Empty.__bases__ == (object,), Empty.__name__, type(Empty()) is Empty, Empty.__mro__ == (Empty, object))
Named = type("Has Space", (), {"__doc__": "dyn doc"})
print(Named.__name__, Named.__doc__)
cases = [
    lambda: type(), lambda: type(1, 2), lambda: type("X", (), {}, 4), lambda: type(1, (), {}),
    lambda: type("X", [], {}), lambda: type("X", (), []), lambda: type("X", (1,), {}),
    lambda: type("X", (bool,), {}), lambda: type("X", (int, str), {}), lambda: type(name="X", bases=(), dict={}),
    lambda: type("X", (A, A), {}),
]
for call in cases:
    try:
        r = call()
        print("made", r.__name__)
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tagged"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
M = Meta("Thing", (), {})
print(M.tagged, type(M).__name__, isinstance(M, type), type(M("X", (), {})) is Meta if False else "skip")
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.tagged, type(WithMeta) is Meta)
