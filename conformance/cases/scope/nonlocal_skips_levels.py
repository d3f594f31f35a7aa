# Checks nonlocal resolves to the nearest enclosing function scope that binds the name, even several levels up.
def level1():
    v = "L1"
    def level2():
        def level3():
            nonlocal v
            v = "changed by L3"
        level3()
        return v
    r = level2()
    return r, v

print(level1())

def shadowed():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "inner wrote mid"
        inner()
        return v
    m = mid()
    return v, m

print(shadowed())

def chain():
    n = 0
    def a():
        nonlocal n
        n += 1
        def b():
            nonlocal n
            n += 10
            def c():
                nonlocal n
                n += 100
            c()
        b()
    a()
    a()
    return n

print(chain())
