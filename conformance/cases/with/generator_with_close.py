# A with block inside a generator is exited when the generator finishes, is closed, or is collected.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

def gen(name):
    with CM(name):
        yield 1
        yield 2
    print("after with in", name)
    yield 3

print(list(gen("full")))
g = gen("closed")
print(next(g))
g.close()
print("closed")
g2 = gen("two")
print(next(g2), next(g2), next(g2))
try:
    next(g2)
except StopIteration:
    print("stop")

def gen_return():
    with CM("ret"):
        yield "x"
        return "done"
g3 = gen_return()
print(next(g3))
try:
    next(g3)
except StopIteration as e:
    print("value", e.value)
