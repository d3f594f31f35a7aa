# except clauses accept tuples, nested tuples, and names bound to tuples evaluated at runtime.
def trial(exc, spec):
    try:
        raise exc
    except spec as e:
        return "caught " + type(e).__name__
    except BaseException as e:
        return "missed " + type(e).__name__
print(trial(ValueError, (TypeError, ValueError)))
try:
    print(trial(KeyError, (TypeError, (IndexError, KeyError))))
except TypeError as e:
    print("nested tuple:", type(e).__name__, e)
print(trial(KeyError, (LookupError,)))
print(trial(ZeroDivisionError, (ArithmeticError, KeyError)))
print(trial(StopIteration, ()))
try:
    print(trial(ValueError, (ValueError, (IndexError, KeyError))))
except TypeError as e:
    print("nested after match:", type(e).__name__, e)
errs = [TypeError]
errs.append(NameError)
print(trial(UnboundLocalError, tuple(errs)))
print(trial(AssertionError, Exception))
def pick():
    print("evaluating except expression")
    return ValueError
try:
    raise ValueError("v")
except pick() as e:
    print("got", e)
try:
    pass
except pick():
    print("not reached")
print("done")
