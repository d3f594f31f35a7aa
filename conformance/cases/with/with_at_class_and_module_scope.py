# with works in class bodies and at module level, binding targets in that scope.
class CM:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *a):
        return False

with CM(1) as module_var:
    inner_module = module_var + 1
print(module_var, inner_module, "module_var" in globals())

class K:
    with CM("class attr") as attr:
        other = attr.upper()
print(K.attr, K.other)

def f():
    with CM(3) as local_v:
        pass
    return "local_v" in locals(), local_v
print(f())

def g():
    global gv
    with CM("global from function") as gv:
        pass
g()
print(gv)

def outer():
    nv = None
    def inner():
        nonlocal nv
        with CM("nonlocal") as nv:
            pass
    inner()
    return nv
print(outer())
