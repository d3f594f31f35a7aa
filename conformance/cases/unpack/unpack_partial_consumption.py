# Checks how many items an unpacking consumes from an iterator when it fails, and exception propagation.
it = iter([1, 2, 3, 4, 5])
try:
    a, b = it
except ValueError as e:
    print(type(e).__name__, e)
print(list(it))

it = iter([1, 2])
try:
    a, b, c = it
except ValueError as e:
    print(type(e).__name__, e)
print(list(it))

def gen():
    yield 1
    yield 2
    raise KeyError("inside generator")

try:
    a, b, c = gen()
except KeyError as e:
    print(type(e).__name__, e)

try:
    a, *b = gen()
except KeyError as e:
    print(type(e).__name__, e)

seen = []
def tracked():
    for v in range(10):
        seen.append(v)
        yield v

try:
    a, b, c = tracked()
except ValueError as e:
    print(type(e).__name__, e)
print(seen)
a = "untouched"
try:
    a, b = [1, 2, 3]
except ValueError:
    pass
print(a)
