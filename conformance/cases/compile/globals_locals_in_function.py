# locals() inside a function snapshots its local names; globals() is the module namespace.
top = 1
def f(a, b=2, *args, **kw):
    c = 3
    names = sorted(locals())
    return names
print(f(1))
print(f(1, 2, 3, k=4))
def g():
    x = 1
    snap = locals()
    y = 2
    return sorted(snap), sorted(locals())
print(g())
def h():
    return globals() is globals(), "top" in globals(), "h" in globals(), "x_local" in globals()
print(h())
def make_global():
    globals()["created"] = "via globals()"
make_global()
print(created)
def closure():
    outer = "o"
    def inner():
        inner_local = outer
        return sorted(locals())
    return inner()
print(closure())
def empty():
    return locals()
print(empty())
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
print(locals() is globals())
class C:
    cls_attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
