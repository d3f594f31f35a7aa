def inner():
    yield 1
    raise ValueError("inner failed")

def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", e)
        yield "recovered"
    yield "end"

print(list(outer()))

def inner_stop():
    yield 1
    raise StopIteration("bad")

def outer2():
    try:
        yield from inner_stop()
    except RuntimeError as e:
        print(type(e).__name__, e)
        yield "got runtime"

print(list(outer2()))

def propagate():
    yield from inner()

it = propagate()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("propagated", e)
print(next(it, "exhausted"))
