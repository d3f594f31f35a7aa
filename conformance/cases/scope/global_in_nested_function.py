# Checks that a global declaration in an inner function bypasses the enclosing function's local of the same name.
x = "module"

def outer():
    x = "outer-local"
    def inner():
        global x
        x = "set-by-inner"
        return x
    r = inner()
    return x, r

print(outer())
print(x)

def outer2():
    x = "enclosing"
    def inner():
        def innermost():
            return x
        return innermost()
    return inner()

print(outer2())

def outer3():
    global x
    def inner():
        return x
    x = "via-outer3"
    return inner()

print(outer3(), x)

y = 1
def g():
    global y
    del y

g()
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
