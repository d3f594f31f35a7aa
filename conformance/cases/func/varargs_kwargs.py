def f(a, *args, k=3, **kw):
    return a, args, k, kw
print(f(1))
print(f(1, 2, 3))
print(f(1, k=9, z=0, y=1))
print(f(*[1, 2], **{"k": 4, "m": 5}))
def g(a, b, /, c, *, d):
    return a, b, c, d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
for call in (lambda: g(1, 2, 3), lambda: g(1, b=2, c=3, d=4), lambda: f(), lambda: f(1, a=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
