# Checks that deleting an instance attribute that shadows a method or class attribute re-exposes it.
class Greeter:
    greeting = "hello"
    def greet(self):
        return self.greeting + "!"

g = Greeter()
g.greet = lambda: "overridden"
g.greeting = "hi"
print(g.greet(), g.greeting)
del g.greet
print(g.greet())
del g.greeting
print(g.greet())
try:
    del g.greet
except AttributeError as e:
    print(type(e).__name__, e)
class Child(Greeter):
    greeting = "hey"
c = Child()
print(c.greet())
del Child.greeting
print(c.greet())
try:
    del Child.greet
except AttributeError as e:
    print(type(e).__name__, e)
print(Greeter.greet(c))
