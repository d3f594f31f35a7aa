def g():
    x = yield 1
    print("got", x)
    yield 2

it = g()
try:
    it.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(it.send(None))
print(it.send("hello"))
try:
    it.send(3)
except StopIteration as e:
    print(type(e).__name__, e.value)

it = g()
try:
    it.send("x")
except TypeError as e:
    print("again", e)
print(next(it))
it.close()
