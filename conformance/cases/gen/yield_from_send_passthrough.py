def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        print("inner got", v)
        total += v

def outer():
    result = yield from inner()
    print("outer result", result)
    yield "after"

it = outer()
print(next(it))
print(it.send(3))
print(it.send(4))
print(it.send(None))
try:
    next(it)
except StopIteration:
    print("done")

def list_outer():
    yield from [1, 2]

it = list_outer()
next(it)
try:
    it.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
