class Animal:
    def __init__(self, name):
        self.name = name
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    pass

def f(a):
    match a:
        case Cat(name=n):
            return f"cat {n}"
        case Dog(name="Rex"):
            return "the famous Rex"
        case Animal(name=n, sound=s):
            return f"{n} says {s}"
        case Animal(name=n):
            return f"silent {n}"
        case _:
            return "not an animal"
for a in [Cat("Tom"), Dog("Rex"), Dog("Fido"), Animal("Generic"), "Tom"]:
    print(f(a))

class Prop:
    @property
    def value(self):
        print("property evaluated")
        return 42
match Prop():
    case Prop(value=42):
        print("property matched")
class Raiser:
    @property
    def bad(self):
        raise ValueError("boom")
try:
    match Raiser():
        case Raiser(bad=_):
            print("no")
except ValueError as e:
    print(type(e).__name__, e)
