# callable() is True for classes, functions, methods and instances of classes defining __call__.
class Plain:
    def m(self):
        pass
class Calls:
    def __call__(self, x=0):
        return x + 1
class SubCalls(Calls):
    pass
p = Plain()
print(callable(Plain), callable(p), callable(p.m), callable(Plain.m))
print(callable(Calls()), callable(SubCalls()), SubCalls()(4))
print(callable(len), callable(print), callable(lambda: 0), callable(int), callable(type))
print(callable(None), callable(1), callable("s"), callable([]), callable(callable))
p.__call__ = lambda: 1
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield
print(callable(gen), callable(gen()))
class Meta(type):
    def __call__(cls, *a):
        return "intercepted"
class WithMeta(metaclass=Meta):
    pass
print(callable(WithMeta), WithMeta())
c = Calls()
print(c(), c(10), Calls.__call__(c, 5))
