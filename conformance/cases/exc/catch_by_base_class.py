def check(exc):
    try:
        raise exc
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except NameError:
        return "NameError"
    except RuntimeError:
        return "RuntimeError"
    except Exception:
        return "Exception"
for exc in [ZeroDivisionError, OverflowError, IndexError, KeyError, UnboundLocalError,
            RecursionError, NotImplementedError, ValueError, TypeError]:
    print(exc.__name__, "->", check(exc))
