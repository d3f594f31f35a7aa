# If the iterable on the right of a slice assignment raises, the list is left unchanged.
def gen():
    yield 1
    yield 2
    raise RuntimeError("boom")
a = [0, 0, 0]
try:
    a[:] = gen()
except RuntimeError as e:
    print(type(e).__name__, e)
print(a)
try:
    a[::2] = gen()
except RuntimeError as e:
    print(type(e).__name__, e)
print(a)
try:
    a[1:2] = (1 // x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
print(a)
class BadIter:
    def __iter__(self):
        raise KeyError("nope")
try:
    a[:] = BadIter()
except KeyError as e:
    print(type(e).__name__, e)
print(a)
