# Throwing GeneratorExit or StopIteration into a generator differs from close() and normal stops.
def g():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("saw GeneratorExit")
            yield "kept going"
it = g()
next(it)
print(it.throw(GeneratorExit))
print(next(it))
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def plain():
    yield 1
    yield 2
it = plain()
next(it)
try:
    it.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(next(it, "finished"))
it = plain()
next(it)
try:
    it.throw(StopIteration("payload"))
except RuntimeError as e:
    print(type(e).__name__, repr(e.__cause__))
def catch_stop():
    try:
        yield 1
    except StopIteration:
        yield "caught StopIteration inside"
it = catch_stop()
next(it)
print(it.throw(StopIteration))
