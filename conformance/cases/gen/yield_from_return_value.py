def inner(n):
    for i in range(n):
        yield i
    return n * 100

def outer():
    r1 = yield from inner(2)
    print("r1", r1)
    r2 = yield from inner(0)
    print("r2", r2)
    r3 = yield from [9]
    print("r3", r3)
    return r1 + r2

it = outer()
print(list(it))

it = outer()
out = []
while True:
    try:
        out.append(next(it))
    except StopIteration as e:
        print("final", e.value, out)
        break

def ret_only():
    return "x"
    yield

def wrap():
    v = yield from ret_only()
    return v * 3

try:
    next(wrap())
except StopIteration as e:
    print(e.value)
