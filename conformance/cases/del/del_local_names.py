# Checks del of function locals and the UnboundLocalError raised on later access or double deletion.
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)

print(f())

def g():
    try:
        del never_assigned
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    never_assigned = 1
    return never_assigned

print(g())

def h():
    w = 1
    del w
    try:
        del w
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    w = 2
    del w
    w = 3
    return w

print(h())

def param_del(p):
    del p
    try:
        p
    except NameError as e:
        return type(e).__name__
print(param_del(5))

def loop_del():
    out = []
    for i in range(3):
        out.append(i)
        del i
    return out
print(loop_del())
