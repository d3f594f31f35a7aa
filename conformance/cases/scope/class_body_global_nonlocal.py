# Checks global and nonlocal declarations used directly in a class body.
g = "g0"

class A:
    global g
    g = "set in class body"
    local = "class attr"

print(g, A.local, hasattr(A, "g"))

def f():
    v = 1
    class B:
        nonlocal v
        v = 2
        w = 3
    return v, hasattr(B, "v"), B.w

print(f())

def h():
    x = "enclosing"
    class C:
        x = "class-level"
        y = x
    return C.y, x

print(h())

def k():
    x = "enclosing"
    class D:
        try:
            y = x
        except NameError as e:
            y = type(e).__name__ + ": " + str(e)
        x = "class-level"
    return D.y, D.x

print(k())

def m():
    x = "enclosing"
    class E:
        z = x
    return E.z

print(m())
