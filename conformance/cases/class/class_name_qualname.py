# __name__ and __qualname__ of top-level, nested and function-local classes and their methods.
class Outer:
    class Inner:
        class Deep:
            def m(self):
                pass
    def meth(self):
        pass

def make():
    class Local:
        def m(self):
            pass
    return Local

print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.m.__qualname__)
print(Outer.meth.__name__, Outer.meth.__qualname__)
L = make()
print(L.__name__, L.__qualname__, L.m.__qualname__)
print(type(Outer.Inner()).__qualname__)
