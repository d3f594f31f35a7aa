# A comprehension runs as its own function: it has no access to the class namespace and sees
# globals, builtins and enclosing function locals.
len_ = len
data = ["ab", "c"]
print([len_(s) for s in data], [len(s) for s in data])
def f():
    len = lambda s: 42
    return [len(s) for s in data]
print(f())
def g():
    x = 1
    def h():
        return [x + y for y in range(2)]
    x = 5
    return h()
print(g())
def uses_del():
    v = 3
    out = [v for _ in range(2)]
    del v
    try:
        return out, [v for _ in range(1)]
    except NameError as e:
        return out, type(e).__name__ + ": " + str(e)
print(uses_del())
def recursive(n):
    return [recursive(i) for i in range(n)]
print(recursive(3))
fib = lambda n: n if n < 2 else sum(fib(n - k) for k in (1, 2))
print([fib(i) for i in range(10)])
