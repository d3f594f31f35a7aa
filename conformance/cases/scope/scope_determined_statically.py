# Checks that a name is local throughout a function if assigned anywhere in it, even in unreachable code.
x = "global"

def f():
    if False:
        x = "never"
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)

print(f())

def g():
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
    for x in range(1):
        pass

print(g())

def h():
    return x
    x = 1

try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def k():
    def x():
        pass
    return x.__name__

print(k())

def m():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    chars = [x for x in "ab"]
    return chars

print(m())

def n():
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__
    class x:
        pass

print(n())
