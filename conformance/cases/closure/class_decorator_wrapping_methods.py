# A class decorator wrapping every method in a loop shows the late-binding bug and its closure-factory fix.
log = []

def buggy_trace(cls):
    for name in sorted(vars(cls)):
        fn = getattr(cls, name)
        if callable(fn) and not name.startswith("__"):
            def wrapper(self, *a):
                log.append(name)
                return fn(self, *a)
            setattr(cls, name, wrapper)
    return cls

def good_trace(cls):
    def make(name, fn):
        def wrapper(self, *a):
            log.append(name)
            return fn(self, *a)
        return wrapper
    for name in sorted(vars(cls)):
        fn = getattr(cls, name)
        if callable(fn) and not name.startswith("__"):
            setattr(cls, name, make(name, fn))
    return cls

def body():
    class Shape:
        def __init__(self, w):
            self.w = w
        def area(self):
            return self.w * self.w
        def perimeter(self):
            return 4 * self.w
        def scaled(self, k):
            return type(self)(self.w * k)
        kind = "square"
    return Shape

Bad = buggy_trace(body())
Good = good_trace(body())
b, g = Bad(3), Good(3)
try:
    print(b.area(), b.perimeter())
except TypeError as e:
    print("TypeError:", e)
print(log)
log.clear()
print(g.area(), g.perimeter(), g.scaled(2).area(), Good.kind)
print(log)
print(sorted(k for k, v in vars(Good).items() if callable(v)))
print(Good.area.__name__, Good.__init__.__name__)
