def rng(start=0, stop=3, step=1):
    i = start
    while i < stop:
        yield i
        i += step

print(list(rng()))
print(list(rng(2)))
print(list(rng(stop=10, step=4)))

def acc(x, items=[]):
    items.append(x)
    yield list(items)

print(next(acc(1)), next(acc(2)))

def make_gen(factor):
    def gen(n):
        for i in range(n):
            yield i * factor
    return gen

double = make_gen(2)
triple = make_gen(3)
print(list(double(3)), list(triple(3)))

def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
    def gen():
        while count < 3:
            bump()
            yield count
    return gen

print(list(counter()()))

def kw(*args, **kwargs):
    yield from args
    yield from sorted(kwargs.items())

print(list(kw(1, 2, b=3, a=4)))
