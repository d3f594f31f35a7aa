# ExceptionGroup.subgroup and split partition nested groups by type while keeping structure.
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
def show(g):
    if g is None:
        return None
    parts = []
    for x in g.exceptions:
        parts.append(show(x) if isinstance(x, BaseExceptionGroup) else repr(x))
    return g.message + str(parts)
print(show(eg))
print(show(eg.subgroup(ValueError)))
print(show(eg.subgroup(LookupError)))
print(show(eg.subgroup(ZeroDivisionError)))
match, rest = eg.split(TypeError)
print(show(match))
print(show(rest))
match, rest = eg.split((ValueError, KeyError))
print(show(match))
print(show(rest))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1) is not None)
print(show(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(len(eg.exceptions), type(eg.exceptions).__name__)
