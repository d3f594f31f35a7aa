def inner():
    while True:
        try:
            yield "inner"
        except ValueError as e:
            print("inner caught", e)
            yield "handled"

def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer handled"

it = outer()
print(next(it))
print(it.throw(ValueError("v1")))
print(next(it))
print(it.throw(KeyError("k1")))
try:
    next(it)
except StopIteration:
    print("finished")

def lst():
    try:
        yield from [1, 2, 3]
    except IndexError as e:
        print("delegating to list, caught", e)
        yield "x"

it = lst()
print(next(it))
print(it.throw(IndexError("i")))
print(list(it))
