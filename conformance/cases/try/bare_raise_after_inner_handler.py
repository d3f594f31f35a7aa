# After a nested try/except finishes, a bare raise re-raises the outer handled exception.
def f():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError as inner:
            print("inner", repr(inner))
        raise
try:
    f()
except ValueError as e:
    print("caught", repr(e))
def g():
    try:
        raise ValueError("outer2")
    except ValueError:
        try:
            raise KeyError("inner2")
        except KeyError:
            raise
try:
    g()
except KeyError as e:
    print("caught", repr(e), repr(e.__context__))
def h():
    try:
        raise IndexError("h")
    except IndexError:
        try:
            pass
        finally:
            raise
try:
    h()
except IndexError as e:
    print("caught", repr(e))
