# A StopIteration raised manually inside an inner generator becomes RuntimeError there and propagates.
def inner():
    yield 1
    raise StopIteration("manual")
def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        print("outer saw", type(e).__name__, e, "| cause:", repr(e.__cause__))
        yield "recovered"
print(list(outer()))
def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__, e)
def safe_next(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "done"
        yield v
print(list(safe_next(iter("ab"))))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
def over_class():
    yield from It()
    yield "after empty delegate"
print(list(over_class()))
