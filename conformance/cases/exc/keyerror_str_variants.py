# KeyError's str shows repr of a single key, but behaves like other exceptions otherwise.
# requires: float
keys = ["a", "", 1, None, (1, 2), ("only",), (), 1.5, "it's", frozenset(), b"x", True]
for k in keys:
    try:
        {}[k]
    except KeyError as e:
        print(repr(str(e)), repr(e), e.args)
print(str(KeyError()))
print(str(KeyError("a", "b")))
print(repr(KeyError("a", "b")))
print(str(KeyError(KeyError("nested"))))
class MyKey(KeyError):
    pass
print(str(MyKey("m")), repr(MyKey("m")))
class Other(LookupError):
    pass
print(str(Other("m")))
try:
    {1: 2}.pop("gone")
except KeyError as e:
    print("pop:", e)
try:
    set().remove("s")
except KeyError as e:
    print("remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    set().pop()
except KeyError as e:
    print("set pop:", e)
