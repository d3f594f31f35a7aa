try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)

def g():
    yield 1

it = g()
print(next(it, "d"))
print(next(it, "d"))
print(next(it, None))

try:
    next(g(), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
