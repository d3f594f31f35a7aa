# Generators closing over enclosing variables observe later rebinding between next() calls, and closures made inside generators.
def make():
    scale = 1
    def gen(n):
        for i in range(n):
            yield i * scale
    def set_scale(v):
        nonlocal scale
        scale = v
    return gen, set_scale
gen, set_scale = make()
g = gen(5)
print(next(g), next(g))
set_scale(100)
print(next(g), list(g))
def closures_from_gen():
    for i in range(3):
        yield lambda: i
lazy = closures_from_gen()
first = next(lazy)
print(first())
second = next(lazy)
print(first(), second())
print([f() for f in closures_from_gen()])
def gen_with_nonlocal():
    total = 0
    def add(x):
        nonlocal total
        total += x
    while True:
        x = yield total
        if x is None:
            return total
        add(x)
g = gen_with_nonlocal()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def pipeline(*stages):
    def run(source):
        for stage in stages:
            source = stage(source)
        return source
    return run
evens = lambda it: (x for x in it if x % 2 == 0)
squares = lambda it: (x * x for x in it)
limit = lambda n: (lambda it: (x for _, x in zip(range(n), it)))
p = pipeline(evens, squares, limit(3))
print(list(p(range(100))), list(p([])), list(pipeline()(iter("ab"))))
threshold = 10
ge = (x for x in range(20) if x > threshold)
threshold = 15
print(list(ge))
