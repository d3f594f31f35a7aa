# An instance's __dict__ can be replaced by another dict (not by anything else) and deleted;
# type(name, bases, ns) classes take __module__ from the calling code.
class A: pass
a=A()
for v in (1, None):
    try: a.__dict__ = v
    except TypeError as e: print(e)
a.q = 1
del a.__dict__
print(a.__dict__, hasattr(a, "q"))
a.__dict__ = {"z": 3}
print(a.z, vars(a))
T = type("T", (), {})
print(T.__module__, T.__qualname__)
