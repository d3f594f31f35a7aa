# Names in f-string fields resolve like any expression: locals, closures, globals, walrus targets.
g = "global"
def f():
    l = "local"
    return f"{g} {l}"
print(f())
def outer():
    c = "closure"
    def inner():
        return f"{c}!"
    c = "rebound"
    return inner()
print(outer())
def walrus():
    s = f"{(v := 5)} {v * 2}"
    return s, v
print(walrus())
vals = [f"{(y := i * 2)}" for i in range(3)]
print(vals, y)
class C:
    a = 1
    b = f"{a + 1}"
    try:
        c = [f"{a}" for _ in range(1)]
    except NameError as e:
        c = type(e).__name__ + ": " + str(e)
print(C.b, C.c)
def shadow():
    print = "shadowed"
    return f"{print}"
print(shadow())
try:
    print(f"{undefined}")
except NameError as e:
    print(type(e).__name__, e)
def unbound():
    r = f"{z}"
    z = 1
    return r
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
