# User exceptions that subclass builtin exceptions inherit their str behaviour and attributes.
class MyKey(KeyError):
    pass
class MyStop(StopIteration):
    pass
class MyExit(SystemExit):
    pass
class MyName(NameError):
    pass
print(str(MyKey("k")), repr(MyKey("k")))
print(MyStop(9).value, repr(MyStop(9)))
print(MyExit(2).code, repr(MyExit(2)))
print(MyName("n").name, str(MyName("n")))
class Base(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
class Child(Base):
    pass
print(repr(Child()), str(Child()), Child().args)
print(repr(Child("given")))
class WithClassAttr(Exception):
    code = 500
class Sub(WithClassAttr):
    code = 404
print(WithClassAttr().code, Sub().code, Sub("x").args)
def raiser(cls):
    raise cls("from raiser")
for cls in [MyKey, MyName, Child]:
    try:
        raiser(cls)
    except (LookupError, NameError, Base) as e:
        print(type(e).__name__, e, [c.__name__ for c in type(e).__mro__][:3])
try:
    raise MyExit("bye")
except SystemExit as e:
    print("exit code", e.code)
