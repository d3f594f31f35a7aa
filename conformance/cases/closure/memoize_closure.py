# Memoizing decorators keep their cache in a closure; recursion goes through the memoized name; caches are per-function.
def memo(fn):
    cache = {}
    calls = [0]
    def wrapper(*args):
        calls[0] += 1
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.calls = lambda: calls[0]
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@memo
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)

print(fib(30), len(fib.cache), fib.calls())
print(paths(8, 8), len(paths.cache), paths.calls())
print(fib(30), fib.calls(), fib.cache is paths.cache)
raw = fib.__dict__ if hasattr(fib, "__dict__") else {}
print(sorted(raw))

@memo
def unhashable(x):
    return x

try:
    unhashable([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(unhashable((1, 2)), unhashable(frozenset({3})), len(unhashable.cache))

def memo_with_limit(limit):
    def deco(fn):
        cache = {}
        order = []
        def wrapper(x):
            if x in cache:
                return cache[x], "hit"
            if len(order) >= limit:
                del cache[order.pop(0)]
            cache[x] = fn(x)
            order.append(x)
            return cache[x], "miss"
        wrapper.keys = lambda: list(order)
        return wrapper
    return deco

@memo_with_limit(2)
def sq(x):
    return x * x

print([sq(v) for v in (1, 2, 1, 3, 1, 2)], sq.keys())
