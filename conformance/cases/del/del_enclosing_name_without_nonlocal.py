# Checks that del of an enclosing variable in an inner function without nonlocal makes it local.
def outer():
    x = 1
    def inner():
        del x
    try:
        inner()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    return x

print(outer())

def outer2():
    y = [1, 2]
    def inner():
        del y[0]
    inner()
    return y

print(outer2())

def outer3():
    z = "z"
    def inner():
        nonlocal z
        del z
    inner()
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

print(outer3())

def outer4():
    class O:
        pass
    o = O()
    o.a = 1
    def inner():
        del o.a
    inner()
    return hasattr(o, "a")

print(outer4())
