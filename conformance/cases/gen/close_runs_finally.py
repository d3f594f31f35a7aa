def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

it = g()
print(next(it))
print(it.close())
try:
    next(it)
except StopIteration:
    print("StopIteration after close")
print(it.close())

def h():
    try:
        yield 1
    except GeneratorExit as e:
        print("GeneratorExit", type(e).__name__, repr(e.args))
        raise

it = h()
next(it)
it.close()

def r():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

it = r()
next(it)
print(it.close())
