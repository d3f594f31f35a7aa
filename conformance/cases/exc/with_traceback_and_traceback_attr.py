# with_traceback returns the same exception, and raised exceptions get a __traceback__.
e = ValueError("v")
print(e.__traceback__)
r = e.with_traceback(None)
print(r is e, e.__traceback__)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(tb is not None, caught is e)
    print(type(tb).__name__)
    print(tb.tb_lineno)
def inner():
    raise KeyError("deep")
try:
    inner()
except KeyError as k:
    n = 0
    t = k.__traceback__
    while t is not None:
        n += 1
        t = t.tb_next
    print("frames", n)
x = TypeError("t")
x.__traceback__ = None
print(x.__traceback__)
try:
    x.__traceback__ = 5
except TypeError as err:
    print(type(err).__name__, err)
