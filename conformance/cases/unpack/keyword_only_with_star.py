# Checks calls mixing *args unpacking with keyword-only parameters and defaults.
def f(a, *args, k=0, **kw):
    return a, args, k, sorted(kw.items())

print(f(*[1, 2, 3]))
print(f(1, *[2], k=5))
print(f(*(1,), k=2, **{"z": 9}))
print(f(1, *(), **{"k": 7, "y": 1}))

def g(*, x, y=2):
    return x, y

print(g(**{"x": 1}))
print(g(y=0, **{"x": 1}))
try:
    g(*[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(**{"y": 1})
except TypeError as e:
    print(type(e).__name__, e)

def h(a, b, /, c):
    return a, b, c

print(h(*[1, 2], **{"c": 3}))
try:
    h(1, **{"b": 2, "c": 3})
except TypeError as e:
    print(type(e).__name__, e)
