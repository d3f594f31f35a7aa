def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

it = g()
print(next(it))
try:
    it.throw(IndexError("bad index"))
except IndexError as e:
    print(type(e).__name__, e)
try:
    next(it)
except StopIteration:
    print("StopIteration after throw")

def h():
    try:
        yield 1
    except TypeError:
        raise ValueError("converted")

it = h()
next(it)
try:
    it.throw(TypeError("t"))
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
print(list(it))
