def g():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"

it = g()
print(next(it))
try:
    it.throw(ValueError("swallowed"))
except StopIteration as e:
    print(type(e).__name__, e.value)

it = g()
next(it)
print(it.close())

def h():
    try:
        yield 1
    finally:
        print("cleanup")
    return "normal"

it = h()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
