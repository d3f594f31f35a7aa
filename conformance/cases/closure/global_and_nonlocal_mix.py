# global and nonlocal declarations interacting: inner global skips an enclosing local of the same name.
name = "module"
def outer():
    name = "outer local"
    def set_global():
        global name
        name = "set by inner global"
    def set_nonlocal():
        nonlocal name
        name = "set by nonlocal"
    def read():
        return name
    set_global()
    r1 = read()
    set_nonlocal()
    return r1, read(), name
print(outer(), name)
def counter_global():
    global hits
    hits = 0
    def hit():
        global hits
        hits += 1
        return hits
    return hit
h = counter_global()
print(h(), h(), hits)
def layered():
    x = 1
    def mid():
        global x
        x = "global x from mid"
        def inner():
            return x
        return inner()
    return mid(), x
print(layered(), x)
def new_global_from_closure():
    def make():
        global brand_new
        brand_new = [1]
    make()
    return brand_new
print(new_global_from_closure(), "brand_new" in globals())
for src in ["def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
            "def f(x):\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
            "def f():\n    def g(x):\n        nonlocal x\n",
            "def f():\n    y = 1\n    def g():\n        print(y)\n        nonlocal y\n",
            "def f():\n    y = 1\n    def g():\n        y = 2\n        nonlocal y\n",
            "nonlocal z\n",
            "class C:\n    nonlocal q\n"]:
    try:
        exec(src, {})
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
