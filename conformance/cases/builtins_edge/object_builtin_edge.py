# object() instances: no arguments, no attribute assignment, identity-based equality, and object's default dunders.
o = object()
print(type(o).__name__, o == o, o != o, o == object(), bool(o), isinstance(o, object), object.__name__)
print(hash(o) == hash(o), str(o) == repr(o), object.__bases__, object.__mro__ == (object,), type(object) is type)
for call in [lambda: object(1), lambda: object(x=1), lambda: setattr(o, "x", 1), lambda: o.x, lambda: o < o,
             lambda: object() + 1, lambda: len(object()), lambda: iter(object()), lambda: object()[0], lambda: object()()]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(hasattr(o, "__dict__"), hasattr(o, "__class__"), o.__class__ is object, callable(o), callable(object))
class Sub:
    pass
s = Sub()
s.x = 1
print(vars(s), s == s, s == Sub(), s.__eq__(s), s.__eq__(1), s.__ne__(s), s.__eq__(s) is True)
print(object.__eq__(s, s), object.__eq__(s, 1) is NotImplemented, s.__lt__(s) is NotImplemented)
print(s.__hash__() == hash(s), s.__class__.__name__, Sub.__base__ is object)
class NoInitArgs:
    pass
for call in [lambda: NoInitArgs(1), lambda: NoInitArgs(a=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(5).a)
try:
    OnlyInit()
except TypeError as e:
    print("TypeError:", e)
print(object.__doc__[:17], type(object.__doc__).__name__)
