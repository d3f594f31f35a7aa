# split/subgroup/derive: None when empty, the group itself on a full match, derive for the
# copies, and the traceback, cause, context and notes carried onto the parts.
def raise_it(eg):
    raise eg
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise_it(eg)
except ExceptionGroup:
    pass
eg.__cause__ = OSError("cause")
eg.add_note("first note")
match, rest = eg.split(ValueError)
for part in (match, rest):
    print(repr(part), part.__cause__ is eg.__cause__, part.__context__ is eg.__context__,
          part.__suppress_context__, part.__traceback__ is eg.__traceback__,
          part.__notes__, part.__notes__ is eg.__notes__)
print(eg.subgroup(ExceptionGroup) is eg, eg.subgroup(Exception) is eg)
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(lambda e: False))
print(eg.split(ZeroDivisionError)[0], repr(eg.split(ZeroDivisionError)[1]))
print(eg.split(ValueError)[0] is eg, eg.subgroup((ValueError, TypeError)) is eg)
print(repr(eg.subgroup((ValueError, TypeError))))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
seen = []
def pred(e):
    seen.append(type(e).__name__)
    return isinstance(e, TypeError)
print(repr(eg.split(pred)))
print(seen)
print(repr(eg.derive([KeyError(3)])), eg.derive([KeyError(3)]).__cause__)
print(type(eg.derive([KeyboardInterrupt()])).__name__)
class Bad(ExceptionGroup):
    def derive(self, excs):
        return 5
for f in (lambda: Bad("b", [ValueError(), KeyError()]).split(ValueError),
          lambda: ExceptionGroup("a", [ValueError()]).subgroup(lambda e: 1 / 0)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(Bad("b", [ValueError(), KeyError()]).split(Exception)))
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
g = ExceptionGroup("a", [ValueError()])
attempt("subgroup()", lambda: g.subgroup())
attempt("split 2 args", lambda: g.split(ValueError, 1))
attempt("split kw", lambda: g.split(obj=ValueError))
attempt("subgroup kw", lambda: g.subgroup(x=1))
attempt("subgroup 3", lambda: g.subgroup(3))
attempt("subgroup int", lambda: g.subgroup(int))
attempt("subgroup bad tuple", lambda: g.subgroup((ValueError, 3)))
attempt("split empty tuple", lambda: g.split(()))
attempt("derive()", lambda: g.derive())
attempt("derive 2", lambda: g.derive(1, 2))
attempt("derive kw", lambda: g.derive(x=1))
attempt("derive []", lambda: g.derive([]))
attempt("unbound derive", lambda: ExceptionGroup.derive(ValueError(), [ValueError()]))
attempt("unbound split", lambda: BaseExceptionGroup.split(3, ValueError))
