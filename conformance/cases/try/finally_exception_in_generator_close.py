# Closing a generator runs its finally; an exception raised there propagates out of close().
def g1():
    try:
        yield 1
    finally:
        print("g1 finally")
        raise ValueError("from finally during close")
it = g1()
next(it)
try:
    it.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def g2():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("g2 finally")
it = g2()
next(it)
print(it.close())
def g3():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = g3()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
