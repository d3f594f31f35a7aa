# sys.intern returns the one interned copy; sys.exc_info describes the handled exception.
import sys
a = "".join(["inter", "ned!"])
b = sys.intern(a)
print(b == a, sys.intern("inter" + "ned!") is b)
for bad in [1, b"x", None]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print(e)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print(e)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
