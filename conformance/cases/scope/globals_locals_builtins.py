# Checks globals() and locals() reflect and (for globals) affect the visible bindings.
gv = 5
print(globals()["gv"])
globals()["made_dynamically"] = "dyn"
print(made_dynamically)

def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())

print(f(1))

def g():
    return "gv" in globals(), "gv" in locals()

print(g())

def h():
    x = 1
    def inner():
        return x
    return sorted(locals().keys())

print(h())
print(locals() is globals())

class K:
    a = 1
    b = 2
    names = sorted(k for k in locals().keys() if not k.startswith("__"))

print(K.names)
print(type(globals()).__name__)
