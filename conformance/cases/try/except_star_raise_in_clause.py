# Exceptions raised inside except* clauses are combined with the unhandled rest; a bare
# raise puts its part back in the original group's shape.
def run(label, body):
    try:
        body()
        print(label, "-> nothing raised")
    except BaseException as e:
        print(label, "->", repr(e))
        return e
def orig():
    return ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])])
def unmatched():
    try:
        raise orig()
    except* ZeroDivisionError:
        pass
def bare():
    try:
        raise orig()
    except* ValueError:
        raise
def bare_all():
    try:
        raise orig()
    except* Exception:
        raise
def raise_new():
    try:
        raise orig()
    except* ValueError:
        raise KeyError("new")
def raise_name():
    try:
        raise orig()
    except* ValueError as g:
        raise g
def raise_leaf():
    try:
        raise orig()
    except* TypeError as g:
        raise g.exceptions[0]
def two_clauses():
    try:
        raise orig()
    except* ValueError:
        raise OSError("a")
    except* KeyError:
        raise
    except* TypeError:
        raise RuntimeError("b")
def handled_all():
    try:
        raise orig()
    except* (ValueError, KeyError):
        print("  value/key part")
    except* TypeError:
        print("  type part")
def group_from_clause():
    try:
        raise orig()
    except* TypeError:
        raise ExceptionGroup("inner", [OSError(9)])
run("unmatched", unmatched)
run("bare", bare)
run("bare_all", bare_all)
e = run("raise_new", raise_new)
print("  context:", repr(e.exceptions[0].__context__))
run("raise_name", raise_name)
run("raise_leaf", raise_leaf)
run("two_clauses", two_clauses)
run("handled_all", handled_all)
run("group_from_clause", group_from_clause)
def naked(kind):
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("  got", repr(g), g.__traceback__, g.__context__)
        if kind == "bare":
            raise
        if kind == "new":
            raise KeyError("k")
run("naked handled", lambda: naked(""))
run("naked bare", lambda: naked("bare"))
e = run("naked new", lambda: naked("new"))
print("  context:", repr(e.__context__))
def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("not here")
run("naked unmatched", naked_unmatched)
def base_group():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as g:
        print("  part", repr(g))
run("base_group", base_group)
def handled_inside():
    try:
        raise orig()
    except* ValueError as g:
        try:
            raise OSError("inner")
        except OSError:
            print("  inner handled, g still bound:", repr(g))
run("handled_inside", handled_inside)
