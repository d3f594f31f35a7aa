# throw() returns the next yielded value when the generator handles the exception.
def g():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            n += 100
            print("handled", e)
        except IndexError:
            return "index stop"
        n += 1
it = g()
print(next(it))
print(it.throw(ValueError("a")))
print(next(it))
print(it.throw(ValueError("b")))
try:
    it.throw(IndexError)
except StopIteration as e:
    print("StopIteration", e.value)
def converting():
    try:
        yield 1
    except KeyError as e:
        raise RuntimeError("converted") from e
it = converting()
next(it)
try:
    it.throw(KeyError("k"))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def swallow_then_finish():
    try:
        yield 1
    except Exception:
        pass
it = swallow_then_finish()
next(it)
try:
    it.throw(TypeError("t"))
except StopIteration as e:
    print("finished after throw", e.value)
