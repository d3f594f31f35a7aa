# exec can define functions in a namespace dict; they use that dict as their globals.
ns = {}
src = """
counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
def twice(f, v):
    return f(f(v))
"""
r = exec(src, ns)
print(r)
print(sorted(k for k in ns if not k.startswith("__")))
bump = ns["bump"]
print(bump(), bump(5), ns["counter"])
print(bump.__name__, bump.__globals__ is ns)
print(ns["twice"](lambda v: v * 3, 2))
ns["counter"] = 100
print(bump())
exec("def square(x): return x * x", ns)
print(ns["square"](12))
exec("r = [square(i) for i in range(4)]", ns)
print(ns["r"])
exec("def gen():\n    yield from range(3)\n", ns)
print(list(ns["gen"]()))
exec("f = lambda *a, **k: (a, sorted(k))", ns)
print(ns["f"](1, 2, b=3, a=4))
