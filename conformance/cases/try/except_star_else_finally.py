# try/except* with else and finally, inside functions and loops, and an uncaught group.
def f(exc):
    try:
        if exc is not None:
            raise exc
        print("body done")
    except* ValueError as g:
        print("value part", repr(g))
    except* (KeyError, IndexError) as g:
        print("lookup part", repr(g))
    else:
        print("else")
    finally:
        print("finally")
    return "returned"
print(f(None))
print(f(ValueError("v")))
print(f(ExceptionGroup("g", [IndexError(0), ValueError(1), KeyError(2)])))
try:
    f(ExceptionGroup("g", [OSError(5), KeyError(2)]))
except ExceptionGroup as e:
    print("escaped", repr(e))
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as g:
        print("iteration", i, g.exceptions[0].args)
        for j in range(5):
            if j == 1:
                break
        print("name bound:", "g" in dir())
print("after loop, g bound:", "g" in dir())
def gen():
    try:
        yield 1
        raise ExceptionGroup("gen", [KeyError("k")])
    except* KeyError as g:
        yield repr(g)
print(list(gen()))
def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise ExceptionGroup("from clause", [OSError(3)])
    except* OSError as g:
        print("outer clause got", repr(g))
    except* TypeError as g:
        print("outer clause got", repr(g))
nested()
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    try:
        raise KeyError(1)
    except KeyError:
        print("plain except inside except*")
print("end")
raise ExceptionGroup("uncaught", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
