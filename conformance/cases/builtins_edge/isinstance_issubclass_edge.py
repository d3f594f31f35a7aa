# isinstance()/issubclass() with tuples, nested tuples, unions, bool/int relations, object, type, and bad arguments.
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(1, ()), isinstance(1, (str, (float, (int,)))))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(int, object), issubclass(object, object))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type), issubclass(type, object))
print(isinstance(None, type(None)), issubclass(bool, (str, int)), issubclass(B, ()), issubclass(A, A))
print(isinstance([], list), isinstance(range(1), range), isinstance(len, type(len)), isinstance(A, type))
bad_calls = [
    lambda: isinstance(1, 1), lambda: isinstance(1, "int"), lambda: isinstance(1, (int, "x")),
    lambda: issubclass(1, int), lambda: issubclass(A(), A), lambda: issubclass(int, 1),
    lambda: issubclass(int, (int, 1)) and issubclass(int, (str, 1)), lambda: isinstance(1),
    lambda: isinstance(1, int, str), lambda: issubclass(), lambda: isinstance(obj=1, class_or_tuple=int),
    lambda: isinstance(1, [int]),
]
for call in bad_calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance(Magic(), Magic), issubclass(int, Magic), issubclass(Magic, Magic))
