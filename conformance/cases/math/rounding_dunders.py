# math.ceil/floor/trunc call the object's __ceil__/__floor__/__trunc__; ceil and floor fall back to
# __float__ and __index__, trunc does not.
import math

def show(f, *args):
    try:
        r = f(*args)
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class Rounder:
    def __ceil__(self): return "ceil"
    def __floor__(self): return "floor"
    def __trunc__(self): return 42

class F:
    def __float__(self): return 2.5

class I:
    def __index__(self): return 7

class FS(float):
    pass

class IS(int):
    pass

class Bad:
    def __float__(self): return "x"

for obj in [Rounder(), F(), I(), FS(-2.5), IS(9), Bad()]:
    show(math.ceil, obj)
    show(math.floor, obj)
    show(math.trunc, obj)
