# Instances with __call__ are callable with any argument shapes; callable() reflects it.
class Adder:
    def __init__(self, base):
        self.base = base
        self.calls = 0
    def __call__(self, x, *more, scale=1, **kw):
        self.calls += 1
        return (self.base + x + sum(more)) * scale, sorted(kw)
add = Adder(10)
print(add(1), add(1, 2, 3), add(1, scale=2, z=0, a=1), add.calls)
print(callable(add), callable(Adder), callable(object()), callable(len))
print(list(map(Adder(100), [1, 2])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
# __call__ set on the instance is ignored; only the type's counts.
n = NotCallable()
n.__call__ = lambda: 'instance call'
print(callable(n))
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
