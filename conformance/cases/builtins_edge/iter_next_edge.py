# iter()/next() protocol edges: __getitem__ sequences, bad __iter__ results, exhausted iterators, defaults and errors.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class BadIter:
    def __iter__(self):
        return 5
class NotIter:
    def __next__(self):
        return 1
class SelfIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(Seq()), list(iter(Seq())), 20 in Seq(), list(SelfIter()))
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, "dflt"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
for bad in [5, None, BadIter(), NotIter(), 3.0 if False else True]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in [[1], "s", Seq(), 5]:
    try:
        next(bad)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: next(), lambda: next(it, 1, 2), lambda: iter(), lambda: next(iterator=it)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
s = iter("ab")
print(next(s), list(s), list(s), next(s, "end"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di))
d["c"] = 3
try:
    next(di)
except RuntimeError as e:
    print("RuntimeError:", e)
g = (x for x in range(2))
print(next(g), next(g), next(g, "gen done"), type(iter(range(3))).__name__, type(iter([])).__name__)
