# A StopIteration escaping a generator body becomes RuntimeError; in user __next__ it just ends.
def leaky():
    yield 1
    next(iter([]))
    yield 2
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(next(g, "closed"))
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e)
def explicit():
    yield "a"
    raise StopIteration("x")
try:
    print(list(explicit()))
except RuntimeError as e:
    print(type(e).__name__, e)
def returns():
    yield 1
    return "done"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
def firstof(it):
    for x in it:
        return x
    return "none"
print(firstof(iter([])), firstof(x for x in [5]))
def wrapper(it):
    it = iter(it)
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v * 10
print(list(wrapper([1, 2])), list(wrapper([])))
try:
    print([x for x in leaky()])
except RuntimeError as e:
    print(type(e).__name__, e)
