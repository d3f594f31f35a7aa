# A hand-written wraps() decorator copies __name__, __qualname__, __doc__ and __dict__ onto closure wrappers.
def my_wraps(wrapped):
    def apply(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return apply
def logged(fn):
    @my_wraps(fn)
    def wrapper(*args, **kwargs):
        return f"{fn.__name__}{args} -> {fn(*args, **kwargs)!r}"
    return wrapper
@logged
def area(w, h=1):
    """Compute an area."""
    return w * h
area.unit = "m2"
print(area(3, 4), area(5))
print(area.__name__, area.__qualname__, area.__doc__, area.unit)
print(area.__wrapped__(2, 2), area.__wrapped__.__name__)
def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@plain
def described():
    "docstring here"
print(described.__name__, described.__qualname__, described.__doc__)
def outer():
    @logged
    def nested(x):
        """nested doc"""
        return -x
    return nested
n = outer()
print(n(7), n.__name__, n.__qualname__, n.__doc__)
def tagged(fn):
    fn.tags = getattr(fn, "tags", []) + ["t"]
    return fn
@logged
@tagged
@tagged
def t():
    return None
print(t(), t.tags, sorted(k for k in vars(t) if k != "__wrapped__"))
lam = lambda: 0
lam.__name__ = "renamed"
print(lam.__name__, lam.__qualname__, (lambda: 0).__name__)
try:
    area.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
