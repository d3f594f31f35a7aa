# Parameter and return annotations land in __annotations__ in CPython's order, with private
# names mangled; a function without any gets an empty dict it keeps; decorators see them.
def f(a: int, /, b: "s" = 1, *c: float, d, e: list = [], **g: dict) -> None: pass
print(f.__annotations__)
async def h(x: int) -> str: pass
print(h.__annotations__)
def k(): pass
a = k.__annotations__
a['z'] = 1
print(k.__annotations__, k.__annotations__ is a)
k.__annotations__ = {'q': 2}
print(k.__annotations__)
class C:
    def m(self, __p: int) -> "C": pass
print(C.m.__annotations__)
def deco(fn):
    print("deco sees", fn.__annotations__)
    return fn
@deco
def w(y: bytes): pass
lam = lambda x: x
print(lam.__annotations__)
