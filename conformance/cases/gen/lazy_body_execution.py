def g(x):
    print("body starts", x)
    yield x

it = g(1)
print("created")
print(next(it))

def check(n):
    if n < 0:
        raise ValueError("negative")
    yield n

it = check(-1)
print("no error yet")
try:
    next(it)
except ValueError as e:
    print(type(e).__name__, e)

try:
    g()
except TypeError as e:
    print(type(e).__name__, e)

try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
