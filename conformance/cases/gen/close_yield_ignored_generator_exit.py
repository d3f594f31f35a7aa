ignore = True

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            if not ignore:
                raise
            print("ignoring exit")

it = stubborn()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(it))
ignore = False
it.close()
print("closed for real")

def once():
    try:
        yield 1
    finally:
        yield 2

it = once()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except GeneratorExit as e:
    print("resumed finally re-raises", type(e).__name__)
print(next(it, "exhausted"))

def other_exc():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

it = other_exc()
next(it)
try:
    it.close()
except ValueError as e:
    print(type(e).__name__, e)
print(next(it, "exhausted"))
