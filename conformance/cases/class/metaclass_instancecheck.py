# __instancecheck__/__subclasscheck__ on a metaclass customise isinstance/issubclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=DuckMeta):
    pass
class Mallard:
    def quack(self): return 'quack'
class Dog:
    pass
print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck))
print(issubclass(Mallard, Duck), issubclass(Dog, Duck), issubclass(Duck, Duck))
print(isinstance(Mallard(), (int, Duck)), issubclass(Dog, (Duck, object)))
# Exact type match short-circuits isinstance without calling __instancecheck__.
calls = []
class Never(type):
    def __instancecheck__(cls, obj):
        calls.append(type(obj).__name__)
        return False
class N(metaclass=Never):
    pass
class NSub(N):
    pass
print(isinstance(N(), N), isinstance(NSub(), N), isinstance(1, N), calls)
# Results are coerced to bool.
class Truthy(type):
    def __instancecheck__(cls, obj):
        return 'yes'
class T(metaclass=Truthy):
    pass
print(isinstance(1, T))
