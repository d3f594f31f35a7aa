# math.prod: start (keyword only) times every item, with the types multiplication gives.
import math

def show(*args, **kw):
    try:
        print(repr(math.prod(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

show([])
show([1, 2, 3, 4])
show(range(1, 21))
show([2] * 100)
show([1.5, 2, 3])
show([2, 3], start=0.5)
show([], start="x")
show([3], start="ab")
show([[1], 2], start=1)
show((x for x in [1, 2, 3]), start=10)
show([True, True])
show([1, "a"])
show(5)
show()
show([1], [2])
show([1], [2], [3])
show(iterable=[1])
show([1], foo=1)
