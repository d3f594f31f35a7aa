# throw() and close() on a not-yet-started generator finish it without running its body.
def g():
    print("body started")
    try:
        yield 1
    finally:
        print("finally")
it = g()
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print(type(e).__name__, e)
print(next(it, "finished"))
it2 = g()
it2.close()
print(next(it2, "closed before start"))
it3 = g()
print(next(it3))
try:
    it3.throw(KeyError, KeyError("cls+inst"))
except KeyError as e:
    print(type(e).__name__, e)
print(next(it3, "done"))
def catcher():
    try:
        yield "first"
    except ValueError:
        yield "caught"
it4 = catcher()
try:
    it4.throw(ValueError)
except ValueError:
    print("not caught: body never entered the try")
