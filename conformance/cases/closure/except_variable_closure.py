# The except-clause variable is deleted at the end of the handler, which also affects closures capturing it.
def capture_in_handler():
    try:
        raise ValueError("boom")
    except ValueError as err:
        getter = lambda: err
        print("inside:", getter())
    try:
        return getter()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

print(capture_in_handler())

def rebind_after():
    try:
        1 / 0 if False else {}["k"]
    except KeyError as err:
        saved = err
    show = lambda: repr(err)
    err = "rebound"
    return show(), repr(saved), type(saved).__name__

print(rebind_after())

def local_read():
    err = "before"
    try:
        raise TypeError("t")
    except TypeError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(local_read())

def handlers():
    fns = []
    for exc in (KeyError("a"), IndexError("b"), ZeroDivisionError("c")):
        try:
            raise exc
        except LookupError as caught:
            fns.append(lambda c=caught: f"{type(c).__name__}({c})")
        except Exception as other:
            msg = str(other)
            fns.append(lambda: "other:" + msg)
    return [f() for f in fns]

print(handlers())
