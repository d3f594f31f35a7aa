def g():
    yield 1
    raise StopIteration("leak")

it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
print(next(it, "exhausted"))

def h():
    yield next(iter([]))

try:
    list(h())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def ok():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"

print(list(ok()))

try:
    list(x for x in [1] if next(iter([])))
except RuntimeError as e:
    print("genexp", type(e).__name__, e)
