# Checks closures and nonlocal rebinding interacting with generators suspended between steps.
def make():
    state = 0
    def gen():
        nonlocal state
        while state < 3:
            state += 1
            yield state
    def peek():
        return state
    return gen, peek

gen, peek = make()
it = gen()
print(peek())
print(next(it), peek())
print(next(it), peek())
print(list(it), peek())

def outer():
    x = "a"
    def g():
        yield x
        yield x
    it = g()
    first = next(it)
    x = "b"
    return first, next(it)

print(outer())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    results = [inc() for _ in range(3)]
    results += list(inc() for _ in range(2))
    return results, n

print(counter())
