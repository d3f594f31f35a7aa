# zip, any, all, map and next consume generators lazily and leave the rest for later.
def count(tag, n):
    for i in range(n):
        print(tag, "yields", i)
        yield i
a = count("a", 5)
b = count("b", 2)
print(list(zip(a, b)))
print("left in a:", list(a))
g = count("g", 10)
print(any(x > 1 for x in g))
print("next in g:", next(g))
h = count("h", 5)
print(all(x < 2 for x in h), list(h))
m = map(lambda v: v * 2, count("m", 3))
print(next(m), list(m))
def gen():
    yield 1
    yield 2
gg = gen()
print(bool(gg), 1 in gg, list(gg))
for f in [lambda: len(gen()), lambda: gen()[0]]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
