def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received

it = echo()
print(next(it))
print(it.send("a"))
print(it.send("b"))
try:
    next(it)
except StopIteration as e:
    print("returned", e.value)

def accum():
    total = 0
    while True:
        total += yield total

a = accum()
next(a)
for n in [1, 2, 3, 4]:
    print(a.send(n))
a.close()

def noval():
    x = yield
    print("x is", x)
    y = yield
    print("y is", y)

it = noval()
print(next(it))
print(next(it))
try:
    it.send(7)
except StopIteration:
    print("stop")

def expr():
    print((yield 1) + (yield 2))

it = expr()
print(next(it))
print(it.send(10))
try:
    it.send(20)
except StopIteration:
    print("done")
