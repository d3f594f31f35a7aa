# raise X from Y sets __cause__, sets __suppress_context__ and still records __context__.
try:
    try:
        int("abc")
    except ValueError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__cause__ is e.__context__)
    print(e.__suppress_context__)
try:
    raise KeyError("a") from ValueError("b")
except KeyError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise IndexError from KeyError
except IndexError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        raise TypeError("t") from LookupError("other")
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__))
