# send, throw and close on an exhausted or errored generator behave consistently.
def g():
    yield 1
it = g()
list(it)
try:
    it.send(None)
except StopIteration as e:
    print("send ->", type(e).__name__, e.value)
try:
    it.send(5)
except StopIteration as e:
    print("send 5 ->", type(e).__name__)
try:
    it.throw(ValueError("late"))
except ValueError as e:
    print("throw ->", type(e).__name__, e)
print(it.close())
def err():
    yield 1
    raise KeyError("boom")
e = err()
next(e)
try:
    next(e)
except KeyError as x:
    print("raised", x)
try:
    next(e)
except StopIteration:
    print("StopIteration after error")
try:
    e.send(None)
except StopIteration:
    print("send StopIteration after error")
print(e.close())
try:
    e.throw(IndexError)
except IndexError as x:
    print("throw after error", type(x).__name__)
