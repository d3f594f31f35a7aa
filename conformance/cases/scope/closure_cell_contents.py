# Checks the __closure__ attribute and cell_contents of closures versus plain functions.
def outer(a):
    b = a * 2
    def inner():
        return a + b
    return inner

f = outer(3)
print(f())
print(type(f.__closure__).__name__, len(f.__closure__))
print(sorted(c.cell_contents for c in f.__closure__))

def plain():
    return 1

print(plain.__closure__)

def mk():
    v = "x"
    def r():
        return v
    v = "y"
    return r

print(mk().__closure__[0].cell_contents)

def empty_cell():
    def r():
        return w
    c = r.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    w = 1
    return c.cell_contents

print(empty_cell())
