# Throwing into a generator suspended inside a with lets the manager see and possibly suppress it.
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, v)
        return self.suppress

def worker(suppress):
    with Guard(suppress):
        x = yield "in with"
        print("got", x)
        yield "still in with"
    yield "after with"

g = worker(True)
print(next(g))
print(g.throw(ValueError("thrown")))
try:
    next(g)
except StopIteration:
    print("exhausted")

g = worker(False)
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "gen is finished"))

g = worker(True)
next(g)
print(g.send("hi"))
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
