# Checks that the 'except ... as name' target is deleted at the end of the handler.
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def f():
    exc = None
    try:
        raise ValueError("boom")
    except ValueError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        print(type(err).__name__, err)
    return saved

r = f()
print(type(r).__name__, r)

def g():
    try:
        raise KeyError("k")
    except KeyError as ex:
        keep = ex
        ex = "rebound"
    return keep, "ex" in dir()

print(g()[1], type(g()[0]).__name__)

x = 1
try:
    pass
except Exception as x:
    pass
print(x)
