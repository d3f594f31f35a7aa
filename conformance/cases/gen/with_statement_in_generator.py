class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

def g():
    with CM("a") as a:
        yield a
        yield a + "!"
    yield "after"

print(list(g()))

it = g()
print(next(it))
it.close()

it = g()
next(it)
try:
    it.throw(ValueError("boom"))
except ValueError as e:
    print(type(e).__name__, e)
