for exc in [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, NameError,
            RuntimeError, RecursionError, OverflowError, UnboundLocalError, AssertionError,
            AttributeError, NotImplementedError, StopIteration]:
    try:
        raise exc("m")
    except Exception as e:
        print(type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
