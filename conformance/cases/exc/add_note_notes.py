# BaseException.add_note appends strings to __notes__, which is absent until the first note.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
print(str(e), repr(e))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        inner.add_note("context added")
        raise
except KeyError as outer:
    print(outer.__notes__)
k = KeyError("x")
k.__notes__ = ["preset"]
k.add_note("more")
print(k.__notes__)
class Custom(Exception):
    pass
c = Custom()
c.add_note("n")
print(c.__notes__, type(c.__notes__).__name__)
