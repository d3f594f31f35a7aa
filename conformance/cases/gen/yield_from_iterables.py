def g():
    yield from [1, 2]
    yield from range(3, 5)
    yield from "ab"
    yield from (x * 10 for x in range(2))
    yield from ()
    yield from {"k": 1}
    yield from (7, 8)

print(list(g()))

def inner():
    yield "i1"
    yield "i2"

def outer():
    yield "o1"
    yield from inner()
    yield "o2"

print(list(outer()))

def bad():
    yield from 5

try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
