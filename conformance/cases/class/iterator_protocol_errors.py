# Errors for non-iterables and for __iter__ returning non-iterators.
class NoIter:
    pass
class BadIter:
    def __iter__(self):
        return 5
class NotIterator:
    def __iter__(self):
        return self
class NoneIter:
    __iter__ = None
def show(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: iter(NoIter()))
show(lambda: list(NoIter()))
show(lambda: iter(BadIter()))
show(lambda: list(NotIterator()))
show(lambda: next(NoIter()))
show(lambda: iter(NoneIter()))
def unpack():
    a, b = NoIter()
show(unpack)
def loop():
    for x in BadIter():
        pass
show(loop)
