def g(items):
    for x in items:
        if x < 0:
            return
        yield x
    yield "end"

print(list(g([1, 2, -1, 3])))
print(list(g([1, 2])))

def h():
    yield 1
    if True:
        return
    yield 2

it = h()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
