# Checks that StopIteration escaping a generator body becomes RuntimeError, while return ends it cleanly.
def leaky():
    yield 1
    raise StopIteration("oops")

try:
    for x in leaky():
        print("got", x)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__)

def uses_next():
    it = iter([1])
    while True:
        yield next(it)

try:
    print(list(uses_next()))
except RuntimeError as e:
    print(type(e).__name__, e)

def guarded():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v

print(list(guarded()))

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("from class")

print(list(It()))
for x in It():
    print("never")
else:
    print("class iterator done")
