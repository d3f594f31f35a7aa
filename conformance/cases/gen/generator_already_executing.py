def g():
    yield next(me)

me = g()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(next(me, "exhausted"))

def h():
    try:
        yield 1
        me2.send(None)
    except ValueError as e:
        print("inside", type(e).__name__, e)
        yield 2

me2 = h()
print(next(me2))
print(next(me2))
me2.close()

def c():
    me3.close()
    yield 1

me3 = c()
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)
