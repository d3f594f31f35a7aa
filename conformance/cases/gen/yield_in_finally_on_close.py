# Yielding from a finally block during return or close behaves differently: return resumes, close fails.
def g():
    try:
        yield "body"
        return "ret"
    finally:
        yield "from finally"
it = g()
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value", e.value)
it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def h():
    try:
        yield 1
    finally:
        print("finally without yield")
it = h()
next(it)
it.close()
it.close()
print("double close ok")
def throws_in_finally():
    try:
        yield 1
    finally:
        try:
            yield "resumed in finally"
        except ValueError as e:
            print("caught in finally", e)
it = throws_in_finally()
next(it)
try:
    print(it.throw(KeyError("k")))
    it.throw(ValueError("v"))
except KeyError as e:
    print("original KeyError resurfaces", e)
