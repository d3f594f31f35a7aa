# exec inside a function writes to a locals snapshot, not to real local variables.
def f():
    x = 1
    exec("x = 2")
    return x
print(f())
def g():
    exec("newname = 5")
    try:
        return newname
    except NameError as e:
        return "NameError: " + str(e)
print(g())
def h():
    d = {}
    exec("y = 3\nz = y * 2", globals(), d)
    return sorted(d.items())
print(h())
def k():
    v = 10
    return eval("v + 1")
print(k())
def m():
    v = 10
    ns = {}
    exec("w = v * 2", {"v": v}, ns)
    return ns["w"]
print(m())
def outer():
    captured = "cap"
    def inner():
        return eval("captured")
    return inner()
try:
    print(outer())
except NameError as e:
    print(type(e).__name__, e)
