def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

it = outer()
print(next(it))
it.close()
print("closed")

def inner2():
    try:
        yield "a"
    except GeneratorExit:
        print("inner saw GeneratorExit")
        raise

def outer2():
    try:
        yield from inner2()
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise

it = outer2()
next(it)
it.close()
print(next(it, "exhausted"))
