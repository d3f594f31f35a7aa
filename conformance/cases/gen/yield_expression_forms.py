# yield used inside tuples, lists, calls, conditionals and augmented assignment.
def g():
    t = yield 1, 2
    print("t =", t)
    lst = [(yield "a"), (yield "b")]
    print("lst =", lst)
    r = str((yield "c"))
    print("r =", r)
    v = (yield "d") if True else None
    print("v =", v)
    total = 0
    total += yield "e"
    print("total =", total)
    x = yield
    print("x =", x)
it = g()
print(next(it))
print(it.send("T"))
print(it.send(1))
print(it.send(2))
print(it.send(3))
print(it.send(4))
print(it.send(5))
try:
    it.send(6)
except StopIteration:
    print("stopped")
def only_yield():
    yield
    yield None
print(list(only_yield()))
def yield_lambda():
    f = yield (lambda: "lam")
    yield f()
it = yield_lambda()
h = next(it)
print(h(), it.send(lambda: "sent-in"))
