# reversed() uses __reversed__, else falls back to __len__ + __getitem__.
class WithRev:
    def __reversed__(self):
        return iter('cba')
class SeqLike:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print(list(reversed(WithRev())), list(reversed(SeqLike())))
r = reversed(SeqLike())
print(type(r).__name__, next(r))
class OnlyIter:
    def __iter__(self):
        return iter([1, 2])
for obj in (OnlyIter(), object()):
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print(type(e).__name__, e)
