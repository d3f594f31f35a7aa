# Unpacking generators into targets, starred targets, call arguments and literals.
def gen(n):
    for i in range(n):
        yield i
a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
*init, last = gen(1)
print(init, last)
print(*gen(3), sep="-")
print([*gen(2), *gen(3)], (*gen(2),), {*gen(3)})
print(dict(zip(gen(3), "abc")), max(gen(5)), sorted(gen(4), reverse=True))
def f(x, y, z=None):
    return (x, y, z)
print(f(*gen(2)), f(*gen(3)))
try:
    x, y = gen(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = gen(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f(*gen(5))
except TypeError as e:
    print(type(e).__name__, e)
print("".join(str(v) for v in gen(5)), ",".join(map(str, gen(3))))
