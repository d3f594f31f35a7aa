def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", type(e).__name__, e.args)

it = g()
print(next(it))
print(it.throw(ValueError))
print(it.throw(ValueError("inst")))
print(it.throw(ValueError, ValueError("a", "b")))
err = ValueError("same")
try:
    raise err
except ValueError:
    pass
print(it.throw(err))
it.close()

def h():
    yield 1

it = h()
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("fresh gen throw", type(e).__name__, e)
print(next(it, "finished"))

try:
    h().throw(5)
except TypeError as e:
    print(type(e).__name__, e)
