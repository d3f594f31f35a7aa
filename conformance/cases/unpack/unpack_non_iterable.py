# Checks the TypeError message when unpacking a non-iterable object.
class Plain:
    pass

values = [5, object(), None, True, Plain()]
for v in values:
    try:
        a, b = v
    except TypeError as e:
        print(type(e).__name__, e)

try:
    a, *b = 10
except TypeError as e:
    print(type(e).__name__, e)

try:
    for x, y in [1, 2]:
        pass
except TypeError as e:
    print(type(e).__name__, e)

def gen():
    yield 1

try:
    a, b = gen
except TypeError as e:
    print(type(e).__name__, e)

try:
    (a, (b, c)) = (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
