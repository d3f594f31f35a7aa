# BaseExceptionGroup(msg, excs) checks its arguments with CPython's messages.
class Seq:
    def __getitem__(self, i):
        if i < 2:
            return KeyError(i)
        raise IndexError(i)
class Nope:
    pass
def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
attempt("no args", lambda: BaseExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("a"))
attempt("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
attempt("keywords only", lambda: ExceptionGroup(msg="a", excs=[ValueError()]))
attempt("extra keyword", lambda: ExceptionGroup("a", [ValueError()], x=1))
attempt("msg int", lambda: BaseExceptionGroup(1, [ValueError()]))
attempt("msg bytes", lambda: ExceptionGroup(b"a", [ValueError()]))
attempt("excs int", lambda: ExceptionGroup("a", 5))
attempt("excs set", lambda: ExceptionGroup("a", {ValueError()}))
attempt("excs dict", lambda: ExceptionGroup("a", {ValueError(): 1}))
attempt("excs generator", lambda: ExceptionGroup("a", (e for e in [ValueError()])))
attempt("excs empty", lambda: ExceptionGroup("a", []))
attempt("excs empty tuple", lambda: ExceptionGroup("a", ()))
attempt("item not exception", lambda: ExceptionGroup("a", [ValueError(), 3]))
attempt("item is a class", lambda: ExceptionGroup("a", [ValueError]))
attempt("excs str", lambda: ExceptionGroup("a", "xy"))
attempt("excs custom sequence", lambda: ExceptionGroup("a", Seq()).exceptions)
attempt("excs object", lambda: ExceptionGroup("a", Nope()))
attempt("nest base", lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
attempt("nest base deep", lambda: ExceptionGroup("a", [BaseExceptionGroup("b", [SystemExit()])]))
attempt("base ok", lambda: BaseExceptionGroup("a", [KeyboardInterrupt(), ValueError()]))
attempt("__new__ no cls", lambda: ExceptionGroup.__new__())
attempt("__new__ int", lambda: BaseExceptionGroup.__new__(int, "x", [ValueError()]))
attempt("__new__ ValueError", lambda: ExceptionGroup.__new__(ValueError, "x", [ValueError()]))
attempt("__new__ not a type", lambda: BaseExceptionGroup.__new__(3, "x", [ValueError()]))
attempt("__new__ ok", lambda: ExceptionGroup.__new__(ExceptionGroup, "x", [ValueError()]))
attempt("__new__ base nest", lambda: ExceptionGroup.__new__(ExceptionGroup, "x", [KeyboardInterrupt()]))
