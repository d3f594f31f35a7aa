def g():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

it = g()
print(type(it).__name__)
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
print(next(g(), "unused"))
