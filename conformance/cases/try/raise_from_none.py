# raise ... from None suppresses context display but __context__ is still recorded.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(k) from None
try:
    lookup({}, "x")
except AttributeError as e:
    print(type(e).__name__, e)
    print(e.__cause__)
    print(e.__suppress_context__)
    print(type(e.__context__).__name__, e.__context__)
try:
    raise ValueError("no ctx") from None
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
e = TypeError("manual")
e.__cause__ = ValueError("c")
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
e.__context__ = KeyError(1)
print(repr(e.__context__))
