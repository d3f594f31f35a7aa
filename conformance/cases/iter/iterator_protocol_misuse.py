# Objects with __iter__ but no __next__ are iterable but not iterators; __next__ alone is not iterable.
class OnlyIter:
    def __iter__(self):
        return iter([1, 2])
o = OnlyIter()
print(list(o), [x for x in o], sum(o))
try:
    next(o)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNext:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
try:
    for x in OnlyNext():
        print(x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(OnlyNext())
except TypeError as e:
    print(type(e).__name__, e)
class Wrap:
    def __iter__(self):
        return OnlyNext()
print(list(Wrap()), [x for x in Wrap()])
try:
    print(list(zip(Wrap(), OnlyNext())))
except TypeError as e:
    print(type(e).__name__, e)
class IterNotCallable:
    __iter__ = 5
try:
    iter(IterNotCallable())
except TypeError as e:
    print(type(e).__name__, e)
class NextNotCallable:
    __next__ = None
    def __iter__(self):
        return self
try:
    next(NextNotCallable())
except TypeError as e:
    print(type(e).__name__, e)
inst = OnlyIter()
inst.__iter__ = lambda: iter([99])
print(list(inst))
