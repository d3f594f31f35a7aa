# The except target is unbound after the handler, but closures created inside captured it first.
def f():
    fns = []
    for exc in [ValueError("a"), KeyError("b")]:
        try:
            raise exc
        except Exception as err:
            fns.append(lambda err=err: repr(err))
    return [fn() for fn in fns]
print(f())
def g():
    try:
        raise IndexError("idx")
    except IndexError as err:
        def show():
            return "seen: " + str(err)
        result = show()
    print(result)
    try:
        show()
    except NameError as ne:
        print(type(ne).__name__, ne)
g()
def h():
    err = "outer value"
    def inner():
        return err
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return inner()
    except NameError as ne:
        return type(ne).__name__ + ": " + str(ne)
print(h())
