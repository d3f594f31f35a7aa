# exec can define classes, including subclasses and methods that call each other.
ns = {}
exec("""
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
class Dog(Animal):
    sound = 'woof'
    def __repr__(self):
        return 'Dog(%r)' % self.name
""", ns)
Dog = ns["Dog"]
d = Dog("rex")
print(d.speak(), d)
print(Dog.__name__, Dog.__bases__[0].__name__, isinstance(d, ns["Animal"]))
print(ns["Animal"]("cat").speak())
exec("class Point:\n    __slots__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n", ns)
p = ns["Point"](1, 2)
print(p.x, p.y)
class Base:
    def hello(self):
        return "base hello"
exec("class Child(Base):\n    def hello(self):\n        return 'child+' + super().hello()\n", {"Base": Base}, ns)
print(ns["Child"]().hello())
print(sorted(k for k in ns if not k.startswith("__")))
