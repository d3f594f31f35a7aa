# An exception saved from a handler stays usable afterwards and can be raised again elsewhere.
saved = []
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
        raise ValueError(i)
    except (KeyError, ValueError) as e:
        saved.append(e)
print([repr(e) for e in saved])
print([e.__traceback__ is not None for e in saved])
def later(exc):
    raise exc
for exc in saved:
    try:
        later(exc)
    except Exception as again:
        print(type(again).__name__, again is exc)
errors = {}
def record(key, fn):
    try:
        return fn()
    except Exception as e:
        errors[key] = e
record("div", lambda: 1 // 0)
record("idx", lambda: [][0])
record("ok", lambda: 5)
print(sorted((k, type(v).__name__, str(v)) for k, v in errors.items()))
