# A subclass __init__ that skips super().__init__ still gets args from the constructor call.
class E1(Exception):
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
e = E1(1)
print(e.args, str(e), repr(e), e.a, e.b)
e = E1(1, b=5)
print(e.args, str(e), repr(e))
class E2(Exception):
    def __init__(self, x):
        super().__init__("formatted %s" % x)
        self.x = x
e = E2(7)
print(e.args, str(e), repr(e), e.x)
class E3(ValueError):
    def __init__(self, *args):
        super().__init__(*args[:1])
e = E3("keep", "drop")
print(e.args, str(e))
class E4(KeyError):
    def __init__(self, key):
        super().__init__(key)
print(str(E4("k")), repr(E4("k")))
try:
    ValueError(x=1)
except TypeError as err:
    print(type(err).__name__, err)
class E5(Exception):
    def __init__(self, msg, *, code):
        super().__init__(msg)
        self.code = code
e = E5("m", code=3)
print(e.args, e.code, str(e))
try:
    E5("m")
except TypeError as err:
    print(type(err).__name__, err)
