# object's and type's methods called explicitly, with their argument errors.
class A:
    pass
a = object.__new__(A)
print(type(a).__name__, object.__init__(a), A.mro() == [A, object], type.mro(A) == [A, object])
object.__setattr__(a, 'x', 1)
print(a.x, object.__getattribute__(a, 'x'))
object.__delattr__(a, 'x')
print(hasattr(a, 'x'), object.__eq__(a, a), object.__ne__(a, a), object.__eq__(a, 1))
print(object.__hash__(a) == hash(a), object.__repr__(a) == repr(a), object.__str__(a) == str(a))
print(object.__format__(a, ''), end='|\n') if False else print(object.__format__(5, ''))
for bad in [lambda: object.__new__(5), lambda: object.__new__(A, 1), lambda: object.__init__(a, 1),
            lambda: object.__setattr__(a, 5, 1), lambda: object.__delattr__(a, 'nope'),
            lambda: object.__getattribute__(a, 'nope'), lambda: object.__format__(a, 'x'),
            lambda: type.mro(5), lambda: A(1), lambda: object.__new__(int)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(type.__instancecheck__(A, a), type.__subclasscheck__(object, A), type.__call__(A).__class__ is A)
print(type.__call__(int, '7'), isinstance(type.__new__(type, 'B', (A,), {}), type))
class M(type):
    pass
print(type.__new__(M, 'C', (), {}).__class__.__name__)
