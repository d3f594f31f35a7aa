def gen():
    yield

def outer():
    def inner():
        yield
    return inner()

class K:
    def meth(self):
        yield

it = gen()
print(it.__name__, it.__qualname__)
o = outer()
print(o.__name__, o.__qualname__)
m = K().meth()
print(m.__name__, m.__qualname__)
ge = (x for x in [])
print(ge.__name__, ge.__qualname__)

def f():
    return (y for y in [])
print(f().__qualname__)

it.__name__ = "renamed"
print(it.__name__, gen.__name__)
try:
    it.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
