# Exceptions propagate out of generator frames into the consumer and the generator's finally runs.
def gen():
    try:
        yield 1
        yield 2
        raise ValueError("inside generator")
    finally:
        print("gen finally")
g = gen()
try:
    for x in g:
        print("got", x)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted"))
def catcher():
    while True:
        try:
            v = yield
            print("received", v)
        except KeyError as e:
            print("gen caught", repr(e))
        except GeneratorExit:
            print("closing")
            return
c = catcher()
next(c)
c.send(1)
c.throw(KeyError("thrown"))
c.send(2)
try:
    c.throw(TypeError("not caught"))
except TypeError as e:
    print("consumer got", e)
print(next(c, "dead"))
c2 = catcher()
next(c2)
c2.close()
def consumer_raises():
    try:
        yield 1
    finally:
        print("cleanup on abandoned loop")
for v in consumer_raises():
    try:
        raise IndexError(v)
    except IndexError as e:
        print("loop body handled", e)
