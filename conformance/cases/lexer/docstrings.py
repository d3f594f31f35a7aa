# Checks that leading string literals become __doc__ of functions and classes, and other forms do not.
def f():
    """Function doc."""
    return 1
print(f.__doc__)
def g():
    'single quoted doc'
print(g.__doc__)
def h():
    x = 1
    "not a docstring"
    return x
print(h.__doc__)
def k():
    pass
print(k.__doc__)
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
print(C.__doc__, C.m.__doc__, C().m.__doc__)
class D:
    pass
print(D.__doc__)
def r():
    r"""raw \n doc"""
print(r.__doc__)
def multi():
    """Line one.

    Line three.
    """
print(repr(multi.__doc__))
def fdoc():
    f"""not {1} a doc"""
print(fdoc.__doc__)
lam = lambda: None
print(lam.__doc__)
def b():
    b"bytes doc"
print(b.__doc__)
