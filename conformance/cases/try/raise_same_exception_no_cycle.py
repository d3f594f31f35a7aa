# Re-raising the handled exception object does not make it its own __context__.
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print(repr(e), e.__context__)
err = KeyError("k")
try:
    try:
        raise err
    except KeyError:
        raise err
except KeyError as e:
    print(e is err, e.__context__)
a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(b.__context__))
    print(e.__context__.__context__)
