def g():
    yield 1
    return "done"

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.value), e.args, str(e))

def h():
    return 42
    yield

try:
    next(h())
except StopIteration as e:
    print(e.value, e.args)

def k():
    yield
    return None

it = k()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

def t():
    yield 0
    return (1, 2)

it = t()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
