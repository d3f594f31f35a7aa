# Checks NameError for a free variable referenced before the enclosing function assigns it.
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = 3
    return inner()

print(outer())

def outer2():
    def inner():
        return item
    for item in []:
        pass
    return inner

try:
    outer2()()
except NameError as e:
    print(type(e).__name__, e)

def outer3(flag):
    if flag:
        thing = "yes"
    return lambda: thing

print(outer3(True)())
try:
    outer3(False)()
except NameError as e:
    print(type(e).__name__, e)
    print(isinstance(e, UnboundLocalError))
