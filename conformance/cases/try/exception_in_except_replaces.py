# An error inside a handler (even an accidental one) replaces the handled exception.
def f():
    try:
        raise ValueError("original")
    except ValueError as e:
        return e.missing_attribute
try:
    f()
except AttributeError as e:
    print(type(e).__name__, e)
    print(repr(e.__context__))
def g():
    try:
        [][0]
    except IndexError:
        undefined_name_here
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
def h():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise TypeError("in nested try")
        except TypeError as t:
            print("handled nested", t, repr(t.__context__))
        return "back in outer handler " + repr(e)
print(h())
