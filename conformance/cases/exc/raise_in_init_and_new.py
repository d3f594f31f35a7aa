# Exceptions raised in __init__, __new__ and property getters propagate to the caller cleanly.
class Validated:
    count = 0
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v
        Validated.count += 1
for v in [1, -2, 3]:
    try:
        obj = Validated(v)
        print("made", obj.v)
    except ValueError as e:
        print(type(e).__name__, e)
print(Validated.count)
class NoNew:
    def __new__(cls, *a):
        raise TypeError("refused " + cls.__name__)
try:
    NoNew(1)
except TypeError as e:
    print(type(e).__name__, e)
class Lazy:
    @property
    def val(self):
        raise KeyError("lazy")
try:
    Lazy().val
except KeyError as e:
    print(type(e).__name__, e)
print(getattr(Lazy(), "nope", "dflt"))
try:
    getattr(Lazy(), "val", "dflt")
except KeyError as e:
    print("getattr default does not hide KeyError:", e)
class AttrErrProp:
    @property
    def val(self):
        raise AttributeError("inner")
print(getattr(AttrErrProp(), "val", "hidden by default"))
print(hasattr(AttrErrProp(), "val"))
