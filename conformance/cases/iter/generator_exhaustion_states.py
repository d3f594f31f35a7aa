# A generator that returned or raised is finished; further next() calls just stop.
def g():
    yield 1
    raise ValueError("inside")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print(type(e).__name__, e)
print(next(it, "finished"), list(it))
def h():
    yield 1
    return 2
it = h()
print(list(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.value))
def k():
    yield from [1, 2]
it = k()
print(next(it))
it.close()
print(next(it, "closed"), list(it))
it = (x for x in range(3))
print(next(it))
it.close()
print(list(it))
def never():
    return
    yield
print(list(never()), next(never(), "empty"))
