# Checks decorators implemented as closures capture the decorated function and their own arguments.
def tag(label):
    def deco(fn):
        calls = []
        def wrapper(*args):
            calls.append(args)
            return label + ":" + str(fn(*args))
        wrapper.calls = calls
        return wrapper
    return deco

@tag("A")
def add(x, y):
    return x + y

@tag("B")
@tag("C")
def neg(x):
    return -x

print(add(1, 2), add(3, 4))
print(add.calls)
print(neg(5))

def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(fib.cache))
