def g():
    yield 1
    yield 2

it = g()
print(iter(it) is it)
print(it.__iter__() is it)
print(iter(iter(it)) is it)
print(next(iter(it)))
print(it.__next__())
ge = (x for x in [1])
print(iter(ge) is ge)
print(hasattr(it, "__next__"), hasattr(it, "send"), hasattr(it, "throw"), hasattr(it, "close"))
print(hasattr(it, "__len__"))
try:
    len(it)
except TypeError as e:
    print(type(e).__name__, e)
try:
    it[0]
except TypeError as e:
    print(type(e).__name__, e)
