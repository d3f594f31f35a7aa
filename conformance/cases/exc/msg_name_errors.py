# NameError and UnboundLocalError messages for globals, locals, deleted names and free variables.
def show(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
def glob():
    return not_defined_anywhere
show(glob)
def local_before_assign():
    print(v)
    v = 1
show(local_before_assign)
def deleted():
    w = 1
    del w
    return w
show(deleted)
def free_var():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()
print(free_var())
def aug():
    count += 1
show(aug)
x_global = 1
def shadow():
    x_global = x_global + 1
show(shadow)
def del_missing():
    del never_bound_global
show(del_missing)
print(issubclass(UnboundLocalError, NameError))
