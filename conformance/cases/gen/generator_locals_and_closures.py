# Closures created inside a generator see later updates to the generator's locals.
def g():
    x = 0
    def peek():
        return x
    yield peek
    x = 10
    yield peek
    x = 20
    yield "end"
it = g()
f = next(it)
print(f())
f2 = next(it)
print(f(), f2(), f is f2)
next(it)
print(f())
def accumulate():
    items = []
    while True:
        v = yield list(items)
        if v is None:
            return items
        items.append(v)
a = accumulate()
print(next(a))
print(a.send(1))
snapshot = a.send(2)
snapshot.append("mutated copy")
print(a.send(3))
def counter_factory():
    for i in range(3):
        yield lambda i=i: i * i
print([f() for f in counter_factory()])
def late():
    for i in range(3):
        yield lambda: i
print([f() for f in late()])
print([f() for f in list(late())])
