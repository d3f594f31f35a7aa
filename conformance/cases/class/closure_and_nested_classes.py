# Classes defined in functions capture enclosing variables; nested classes do not see outer class scope.
def make(prefix):
    class Greeter:
        def greet(self, name):
            return prefix + ", " + name
    return Greeter
Hi = make("Hi")
Yo = make("Yo")
print(Hi().greet("a"), Yo().greet("b"), Hi is Yo, Hi.__name__)
print(Hi.__qualname__)
class Outer:
    value = 1
    class Inner:
        def get(self):
            try:
                return value
            except NameError as e:
                return "NameError: " + str(e)
    def make_inner(self):
        return self.Inner()
print(Outer.Inner().get(), Outer().make_inner().get())
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
def counter_class():
    count = 0
    class K:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return K
K = counter_class()
k1, k2 = K(), K()
print(k1.bump(), k2.bump(), k1.bump())
x = "global"
class Scope:
    x = "class"
    y = [x for _ in range(1)]
    z = x
print(Scope.y, Scope.z)
def f():
    x = "local"
    class S:
        y = x
    return S.y
print(f())
