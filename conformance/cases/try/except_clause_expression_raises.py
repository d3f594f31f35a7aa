# If evaluating an except clause's expression raises, that error replaces the original one.
def f():
    try:
        raise ValueError("original")
    except undefined_exception_name:
        return "never"
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
    print(repr(e.__context__))
def pick():
    raise KeyError("from pick")
try:
    try:
        raise TypeError("orig")
    except pick():
        pass
except KeyError as e:
    print(type(e).__name__, e, repr(e.__context__))
def g():
    try:
        raise ValueError("matched first")
    except ValueError:
        return "first clause wins"
    except undefined_exception_name:
        return "never evaluated"
print(g())
