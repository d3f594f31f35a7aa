# Checks that annotations are recorded in __annotations__ for modules, classes and functions.
x: int = 5
y: str
z: "forward"
print(sorted(__annotations__))
print(__annotations__["x"] is int, __annotations__["z"])
class C:
    a: int = 1
    b: "B"
    c = 3
print(sorted(C.__annotations__), C.__annotations__["b"])
class E:
    pass
print(E.__dict__.get("__annotations__", "none"))
def f(p: int, q: "Q" = 2, *args: str, k: bool = True, **kw: dict) -> list:
    inner: int = 1
    return inner
print(sorted(f.__annotations__))
print(f.__annotations__["return"] is list, f.__annotations__["q"])
def g(a, b):
    pass
print(g.__annotations__)
class O:
    pass
o = O()
o.attr: int = 1
print("attr" in __annotations__, o.attr)
