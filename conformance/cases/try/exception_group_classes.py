# The group classes: hierarchy, attributes, str/repr, and subclassing.
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__name__, ExceptionGroup.__module__)
eg = ExceptionGroup("two", [ValueError(1), TypeError(2)])
print(str(eg), "|", repr(eg))
print(str(ExceptionGroup("one", (KeyError("k"),))), "|", repr(ExceptionGroup("one", (KeyError("k"),))))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args)
print(eg.exceptions is eg.exceptions)
items = [ValueError(1)]
g = ExceptionGroup("m", items)
items.append(ValueError(2))
print(len(g.exceptions), g.args[1] is items)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError(), ExceptionGroup("i", [KeyError()])])).__name__)
print(type(BaseExceptionGroup("b", [ValueError(), BaseExceptionGroup("i", [GeneratorExit()])])).__name__)
print(isinstance(eg, Exception), isinstance(BaseExceptionGroup("b", [SystemExit()]), Exception))
try:
    raise eg
except Exception as e:
    print("caught by except Exception:", e is eg)
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, 1)
    except AttributeError as e:
        print(name, type(e).__name__, e)
try:
    del eg.message
except AttributeError as e:
    print("del", e)
print(ExceptionGroup.__str__(eg), "|", BaseException.__str__(eg))
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)
    def __str__(self):
        return "MyGroup:" + super().__str__()
m = MyGroup("mine", [ValueError(1), KeyError(2)], 42)
print(type(m).__name__, m.code, m.args, str(m))
print([c.__name__ for c in MyGroup.__mro__])
part = m.subgroup(ValueError)
print(type(part).__name__, part.code, part.message, part.exceptions)
class Plain(BaseExceptionGroup):
    pass
p = Plain("p", [ValueError()])
print(type(p).__name__, isinstance(p, Exception), repr(p))
print(type(p.derive([KeyError()])).__name__)
class Strict(ExceptionGroup):
    pass
try:
    Strict("s", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
