# Zero-argument super() and __class__ inside methods, nested functions, lambdas and comprehensions within methods.
class Base:
    def hello(self):
        return "base hello"

    def tag(self):
        return "B"

class Child(Base):
    def hello(self):
        inner = lambda: super(Child, self).hello()
        return "child+" + inner()

    def via_nested(self):
        def nested():
            return __class__.__name__
        return nested()

    def comp(self):
        return [super().tag() + str(i) for i in range(2)]

    def lam_zero_arg(self):
        f = lambda: super().tag()
        return f()

    def nested_zero_arg(self):
        def g():
            return super().tag()
        return g()

    def gen(self):
        yield super().tag()
        yield __class__

c = Child()
print(c.hello(), c.via_nested())
for meth in (c.comp, c.lam_zero_arg, c.nested_zero_arg):
    try:
        print(meth())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
g = c.gen()
print(next(g), next(g).__name__)

def class_factory(suffix):
    class K(Base):
        def tag(self):
            return super().tag() + suffix
    return K

print(class_factory("1")().tag(), class_factory("2")().tag())

class GrandChild(Child):
    def tag(self):
        return "G>" + super().tag()

print(GrandChild().tag(), GrandChild().hello(), GrandChild().via_nested(), next(GrandChild().gen()))
