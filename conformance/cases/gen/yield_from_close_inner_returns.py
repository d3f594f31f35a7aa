# Closing an outer generator closes the inner delegate first; the inner's cleanup order is visible.
def inner(tag):
    try:
        yield tag + "1"
        yield tag + "2"
    except GeneratorExit:
        print(tag, "got GeneratorExit")
        raise
    finally:
        print(tag, "finally")
def middle():
    try:
        yield from inner("a")
    finally:
        print("middle finally")
def outer():
    try:
        yield from middle()
    finally:
        print("outer finally")
it = outer()
print(next(it))
it.close()
print("closed")
def swallowing_inner():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return"
def delegator():
    r = yield from swallowing_inner()
    print("delegator resumed with", r)
    yield "not reached on close"
it = delegator()
next(it)
try:
    it.close()
    print("close finished")
except RuntimeError as e:
    print(type(e).__name__, e)
