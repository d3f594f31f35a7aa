# Exceptions raised in a generator resumed inside an except block chain to the caller's exception.
def gen():
    yield 1
    raise KeyError("from gen")
g = gen()
next(g)
try:
    try:
        raise ValueError("caller")
    except ValueError:
        next(g)
except KeyError as e:
    print(repr(e), repr(e.__context__))
def gen2():
    try:
        raise IndexError("gen handling")
    except IndexError:
        yield "suspended in handler"
        raise
g2 = gen2()
print(next(g2))
try:
    raise TypeError("outside")
except TypeError as e:
    print("outer handled", e)
try:
    next(g2)
except IndexError as e:
    print("re-raised", repr(e))
def gen3():
    try:
        yield 1
    except ValueError as e:
        raise RuntimeError("converted") from e
g3 = gen3()
next(g3)
try:
    g3.throw(ValueError("thrown in"))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
