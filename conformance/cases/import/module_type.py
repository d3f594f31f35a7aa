# The module type: construction, attributes, repr, deletion.
import sys
M = type(sys)
print(M, M.__name__, type(M))
m = M("made")
print(m, m.__name__, m.__doc__, sorted(m.__dict__))
m2 = M("other", "its doc")
print(m2.__doc__, repr(M("x", doc="kw doc").__doc__))
for args, kw in [((), {}), ((1,), {}), (("a", "b", "c"), {}), (("a",), {"bogus": 1})]:
    try:
        M(*args, **kw)
    except TypeError as e:
        print(e)
m.x = 1
print(m.x, m.__dict__["x"], vars(m)["x"])
del m.x
try:
    m.x
except AttributeError as e:
    print(e)
try:
    del m.x
except AttributeError as e:
    print(e)
print(isinstance(sys, M), isinstance(m, M), sys.__class__ is M)
print("x" in dir(m2) or dir(m2)[:3])
del m.__name__
try:
    m.y
except AttributeError as e:
    print(e)
print(repr(sys), repr(__import__("builtins")))
