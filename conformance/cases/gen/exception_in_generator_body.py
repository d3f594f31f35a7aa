def g():
    yield 1
    d = {}
    yield d["missing"]

it = g()
print(next(it))
try:
    next(it)
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    next(it)
except StopIteration:
    print("StopIteration afterwards")

def h(x):
    yield 10 // x

try:
    list(h(0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)

def attr():
    yield None.foo

try:
    for v in attr():
        print(v)
except AttributeError as e:
    print(type(e).__name__, e)

class MyErr(Exception):
    pass

def custom():
    yield "ok"
    raise MyErr("custom", 3)

got = []
try:
    for v in custom():
        got.append(v)
except MyErr as e:
    print(type(e).__name__, e.args, got)
    print(e.__traceback__ is not None)
