# next() with and without a default.
it = iter([1, 2])
print(next(it), next(it, 'd'), next(it, 'd'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.value))
def gen():
    yield 1
    return 'ret'
g = gen()
print(next(g), next(g, 'default'))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
print(next(iter(''), 'empty'))
