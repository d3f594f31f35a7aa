# Checks assignment through __setattr__ overrides, property setters and augmented property updates.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        print("get c")
        return self._c
    @c.setter
    def c(self, v):
        print("set c", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v

t = Temp()
t.c = 20
t.c += 5
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print(type(e).__name__, e)
class Upper:
    def __setattr__(self, name, value):
        super().__setattr__(name.upper(), value)
u = Upper()
u.name = "x"
print(vars(u))
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)
f = Frozen()
try:
    f.a = 1
except AttributeError as e:
    print(type(e).__name__, e)
class RO:
    @property
    def val(self):
        return 1
try:
    RO().val = 2
except AttributeError as e:
    print(type(e).__name__, e)
