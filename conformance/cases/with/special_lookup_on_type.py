# __enter__/__exit__ are looked up on the type: instance attributes and __getattr__ do not count.
class Plain:
    pass

p = Plain()
p.__enter__ = lambda: "inst"
p.__exit__ = lambda *a: None
try:
    with p:
        print("body")
except TypeError as e:
    print(type(e).__name__, e)

class Dyn:
    def __getattr__(self, name):
        print("getattr", name)
        return lambda *a: None
try:
    with Dyn():
        print("body")
except TypeError as e:
    print(type(e).__name__, e)

class Later:
    pass
def enter(self):
    print("late enter")
    return 99
def exit_(self, *a):
    print("late exit", a)
Later.__enter__ = enter
Later.__exit__ = exit_
with Later() as v:
    print("value", v)

class Sub(Later):
    pass
with Sub() as w:
    print("sub", w)
