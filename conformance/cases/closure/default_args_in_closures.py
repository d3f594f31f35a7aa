# Default argument values are evaluated once at def time, may reference enclosing variables, and can be mutated.
def make(n):
    def f(a=n, b=n * 2, *, c=[n]):
        c.append(a)
        return a, b, list(c)
    n = 100
    return f, lambda: n

f, peek = make(3)
print(f(), f(), f(9), f(b=0), peek())
print(f.__defaults__, f.__kwdefaults__)

def shared_default():
    cache = []
    def push(v, store=cache):
        store.append(v)
        return store
    def pop(store=cache):
        return store.pop() if store else None
    return push, pop, cache

push, pop, cache = shared_default()
print(push(1), push(2), pop(), cache, push(3, []), cache)

def evaluated_when(log):
    log.append("outer body")
    def g(x=log.append("default evaluated") or "D"):
        return x
    log.append("after def")
    return g

log = []
g = evaluated_when(log)
print(log, g(), g("E"), log)

def counter_default(start, step=1):
    def nxt(_state=[start]):
        _state[0] += step
        return _state[0]
    return nxt

a, b = counter_default(10), counter_default(0, -3)
print(a(), a(), b(), b(), a())

def lambda_default_chain():
    x = 1
    fs = [lambda x=x: x]
    x = 2
    fs.append(lambda y=x: (x, y))
    x = 3
    return [fn() for fn in fs]

print(lambda_default_chain())
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
