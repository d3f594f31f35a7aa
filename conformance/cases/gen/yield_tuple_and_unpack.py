def g():
    yield 1, 2
    yield (3, 4)
    yield
    yield [5]

print(list(g()))

def three():
    yield "a"
    yield "b"
    yield "c"

a, b, c = three()
print(a, b, c)
first, *rest = three()
print(first, rest)
try:
    x, y = three()
except ValueError as e:
    print(type(e).__name__, e)
try:
    w, x, y, z = three()
except ValueError as e:
    print(type(e).__name__, e)
print([*three(), *three()])
print(dict.fromkeys(three(), 0))
