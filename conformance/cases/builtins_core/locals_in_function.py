# locals() inside a function lists its parameters and local variables.
def f(a, b=2, *args, **kw):
    c = a + b
    return sorted(locals())

print(f(1))
print(f(1, 2, 3, k=4))

def g():
    x = 1
    snap = locals()
    y = 2
    return sorted(snap), snap['x']

print(g())

def h(n):
    def inner():
        return n
    return sorted(locals())

print(h(1))
print(sorted(k for k in locals() if not k.startswith('__')))
