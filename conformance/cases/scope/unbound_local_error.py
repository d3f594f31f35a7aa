# Checks UnboundLocalError and its exact message when a local is read before assignment.
x = 10

def f():
    print(x)
    x = 5

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def g():
    x += 1
    return x

try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def h(flag):
    if flag:
        val = "set"
    return val

print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

def k():
    v = 1
    del v
    return v

try:
    k()
except NameError as e:
    print(type(e).__name__, e)

print(issubclass(UnboundLocalError, NameError))

def loop_never():
    for item in []:
        pass
    return item

try:
    loop_never()
except UnboundLocalError as e:
    print(type(e).__name__, e)
