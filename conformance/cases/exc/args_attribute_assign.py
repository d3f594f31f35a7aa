# Exception.args can be reassigned; it is coerced to a tuple and drives str and repr.
e = ValueError("orig")
e.args = ("new", 1)
print(str(e), repr(e), e.args)
e.args = ["from", "list"]
print(e.args, type(e.args).__name__)
e.args = ()
print(repr(str(e)), repr(e))
e.args = ("single",)
print(str(e), repr(e))
e.args = "ab"
print(e.args)
try:
    e.args = 5
except TypeError as err:
    print(type(err).__name__, err)
k = KeyError("k")
k.args = ("changed",)
print(str(k))
e.extra = 42
print(e.extra)
class Custom(Exception):
    pass
c = Custom("x")
c.args = (1, 2, 3)
print(repr(c), str(c))
print(sorted(vars(c).keys()) if hasattr(c, "__dict__") else None)
