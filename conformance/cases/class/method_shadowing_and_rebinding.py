# Instance attributes shadow methods, and replacing a class method affects existing instances.
class C:
    def speak(self):
        return "method"
a, b = C(), C()
a.speak = lambda: "instance lambda"
print(a.speak(), b.speak())
del a.speak
print(a.speak())
def new_speak(self):
    return "patched for " + type(self).__name__
C.speak = new_speak
print(a.speak(), b.speak())
class D(C):
    pass
print(D().speak())
C.speak = lambda self: "lambda method"
print(D().speak(), a.speak())
try:
    del a.speak
except AttributeError as e:
    print(type(e).__name__, e)
del C.speak
try:
    a.speak()
except AttributeError as e:
    print(type(e).__name__, e)
class E:
    def m(self):
        return 1
m = E().m
E.m = lambda self: 2
print(m(), E().m())
class F:
    value = 10
    def value_method(self):
        return self.value
f = F()
f.value = 20
print(f.value_method(), F().value_method())
