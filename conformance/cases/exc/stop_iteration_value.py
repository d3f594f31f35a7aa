# StopIteration.value mirrors the first argument and carries generator return values.
print(StopIteration().value)
print(StopIteration(5).value)
print(StopIteration(1, 2).value, StopIteration(1, 2).args)
print(repr(StopIteration("x")), str(StopIteration("x")))
def g():
    yield 1
    return "done"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", repr(e.value), e.args)
def h():
    return
    yield
try:
    next(h())
except StopIteration as e:
    print("value", e.value, e.args, repr(str(e)))
try:
    next(iter([]))
except StopIteration as e:
    print("list iter", e.value, e.args)
s = StopIteration("a")
s.value = "changed"
print(s.value, s.args)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
def ret_none_explicit():
    yield 0
    return None
r = ret_none_explicit()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)
