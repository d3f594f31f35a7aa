# next() needs an iterator: lists, strs and ints are refused with CPython's messages.
for v in [[1], "ab", 5, None, range(3), {1: 2}, (1,)]:
    try:
        next(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), default=3)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([])
for d in [None, 0, "", [], (), False]:
    print(repr(next(it, d)))
class OnlyNext:
    def __next__(self):
        return 42
o = OnlyNext()
print(next(o), next(o, "unused"))
try:
    iter(o)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args, e.value)
