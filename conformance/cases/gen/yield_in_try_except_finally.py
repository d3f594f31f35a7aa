def g():
    try:
        yield 1
        yield 2
        raise ValueError("inside")
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("finally")
        yield 4
    yield 5

print(list(g()))

def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)

for v in h():
    print("got", v)

def m():
    try:
        try:
            yield "a"
            1 / 0
        finally:
            yield "f"
    except ZeroDivisionError as e:
        yield type(e).__name__

print(list(m()))
