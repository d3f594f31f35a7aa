# Class bodies are not enclosing scopes for methods, but classes defined inside functions close over function locals.
x = "global x"
class C:
    x = "class x"
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def method(self):
        return x
print(C.x, C.y, C.z, C().method())
class D:
    items = [1, 2, 3]
    try:
        doubled = [v * n for v in items for n in items[:1]]
    except NameError as e:
        doubled = "NameError: " + str(e)
print(D.doubled)
def factory(greeting, punct="!"):
    count = 0
    class Greeter:
        prefix = greeting.upper()
        def greet(self, name):
            nonlocal count
            count += 1
            return f"{greeting}, {name}{punct} #{count}"
        @classmethod
        def seen(cls):
            return cls.prefix, count
        def __repr__(self):
            return f"Greeter({greeting!r})"
    return Greeter
Hi = factory("hi")
Yo = factory("yo", "?")
a, b = Hi(), Yo()
print(a.greet("ann"), a.greet("bo"), b.greet("cy"))
print(Hi.seen(), Yo.seen(), repr(a), repr(b), Hi is Yo)
print(Hi.__qualname__, Hi.greet.__qualname__)
def make_pair():
    class Base:
        def who(self):
            return "base"
    class Child(Base):
        def who(self):
            return "child>" + super().who()
    return Child
print(make_pair()().who())
class Outer:
    value = 1
    def get(self):
        def inner():
            return self.value, type(self).__name__
        return inner
print(Outer().get()())
