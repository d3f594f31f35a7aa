# Special methods returning the wrong type raise TypeError with CPython's messages.
# requires: float
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return ["x"]
class BadFormat:
    def __format__(self, spec):
        return 1
class BadIter:
    def __iter__(self):
        return [1, 2]
class BadIndex:
    def __index__(self):
        return 1.5
class BadContains:
    def __contains__(self, x):
        raise KeyError("from contains")
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: repr(BadRepr()))
show(lambda: str(BadRepr()))
show(lambda: str(BadStr()))
show(lambda: repr(BadStr()).startswith("<"))
show(lambda: format(BadFormat()))
show(lambda: f"{BadFormat()}")
show(lambda: iter(BadIter()))
show(lambda: list(BadIter()))
show(lambda: [0, 1][BadIndex()])
show(lambda: 1 in BadContains())
show(lambda: print(BadStr()))
