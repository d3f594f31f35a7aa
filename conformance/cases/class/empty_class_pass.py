# A class with only `pass` works; instances take arbitrary attributes; repr of class shows module.
class E:
    pass

e = E()
e.a = 1
e.b = [2]
print(sorted(vars(e)), e.a, e.b)
print(E, repr(E), str(E))
print(type(e) is E, isinstance(e, object), E.__bases__)
try:
    E(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
