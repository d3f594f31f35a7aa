# The name bound by except ... as is deleted at the end of the handler, even if it existed before.
def f():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        print("inside", e)
    try:
        print(e)
    except UnboundLocalError as err:
        print(type(err).__name__, err)
f()
def g():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    print(repr(saved))
    print("exc" in dir())
g()
def h():
    try:
        raise TypeError("t")
    except TypeError as err:
        err = "rebound"
    try:
        err
    except NameError as n:
        print(type(n).__name__, n)
h()
try:
    raise ValueError("module")
except ValueError as modexc:
    pass
try:
    modexc
except NameError as n:
    print(type(n).__name__, n)
