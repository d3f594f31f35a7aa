# Exception instances compare by identity, are hashable, and have per-instance dicts.
a = ValueError("x")
b = ValueError("x")
print(a == b, a == a, a != b)
print(a.args == b.args)
s = {a}
print(a in s, b in s)
d = {a: 1}
d[b] = 2
print(len(d))
a.note = "attached"
print(a.note)
print(hasattr(b, "note"))
print(type(a) is type(b), type(a) is ValueError)
print(isinstance(a, ValueError), isinstance(ValueError, type))
print(bool(ValueError()), bool(ValueError("")))
errs = [TypeError("t"), KeyError("k"), IndexError("i")]
caught = []
for e in errs:
    try:
        raise e
    except (TypeError, LookupError) as c:
        caught.append(c is e)
print(caught)
print(a.__traceback__)
try:
    raise a
except ValueError as e:
    print(e.__traceback__ is not None)
