# Implicit __context__ links exceptions across function calls made from inside handlers.
def cleanup():
    raise RuntimeError("cleanup failed")
def work():
    try:
        raise ValueError("work failed")
    except ValueError:
        cleanup()
try:
    work()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__)
def handler_calls_ok():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            cleanup()
        except RuntimeError as inner:
            return inner
r = handler_calls_ok()
print(repr(r), repr(r.__context__))
def no_active():
    try:
        cleanup()
    except RuntimeError as e:
        return e.__context__
print(no_active())
def after_handler():
    try:
        raise IndexError("old")
    except IndexError:
        pass
    try:
        cleanup()
    except RuntimeError as e:
        return e.__context__
print(after_handler())
