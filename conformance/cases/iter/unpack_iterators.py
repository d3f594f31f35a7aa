# Unpacking assignment from iterators checks the count and consumes exactly what it needs.
a, b = iter([1, 2])
print(a, b)
a, *b = map(str, range(4))
print(a, b)
*a, b = (x for x in "xyz")
print(a, b)
a, (b, c) = zip("ab", "cd")
print(a, b, c)
(a, b), c = enumerate("pq")
print(a, b, c)
for src in [iter([1]), iter([1, 2, 3]), (x for x in []), map(abs, [1, 2, 3])]:
    try:
        a, b = src
        print(a, b)
    except ValueError as e:
        print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
    print("third requested")
    yield 3
try:
    x, y = gen()
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, *z, w = iter([1, 2])
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y = 5
except TypeError as e:
    print(type(e).__name__, e)
print([*iter("ab"), *map(str, [1]), *range(2)], (*zip("a", "b"),), {*filter(None, [0, 1])})
print(*reversed([1, 2, 3]), sep="-")
d = dict(zip("ab", range(2)))
print({**d, **dict(enumerate("q"))})
