# iter() argument errors: non-iterables, non-callable with a sentinel, bad counts and keywords.
# requires: float
for v in [5, None, 1.5, len, object()]:
    try:
        iter(v)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(), (1, 2, 3), ([1], 0), ("abc", "c")]:
    try:
        iter(*args)
    except TypeError as e:
        print(len(args), type(e).__name__, e)
try:
    iter(x=[1])
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
